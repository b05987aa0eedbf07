/**
 * Words and tables made from a result: the live summary sentence, the CSV
 * export. Plain text only; the view never inserts any of it as HTML.
 */
import { countNoun, formatCount, formatMoney, formatPercent } from '../format/index.ts';
import { FUNNEL_STAGES, type FunnelResult, type KeyFigures, type RateKey } from './model.ts';
import type { GoalResult } from './goal.ts';

/** The key figures, in the order and with the names the view shows. */
export const KEY_FIGURE_NAMES = [
  'Customers per month',
  'Revenue per month',
  'Cost per lead',
  'Customer acquisition cost',
  'Return on spend',
] as const;

/** Key figures as [name, text] pairs; ratios without a divisor read "n/a". */
export function keyFigureRows(f: KeyFigures): [string, string][] {
  return [
    ['Customers per month', formatCount(f.customers)],
    ['Revenue per month', formatMoney(f.revenue)],
    ['Cost per lead', formatMoney(f.costPerLead)],
    ['Customer acquisition cost', formatMoney(f.acquisitionCost)],
    ['Return on spend', formatPercent(f.returnOnSpend)],
  ];
}

/** How a sentence names each rate. */
const RATE_PHRASE: Record<RateKey, string> = {
  interest: 'awareness-to-interest rate',
  desire: 'interest-to-desire rate',
  action: 'desire-to-action rate',
  qualified: 'qualification rate',
  win: 'win rate',
};

function rateName(key: RateKey): string {
  return RATE_PHRASE[key];
}

/** One sentence (two at most) for the live region. */
export function summarize(result: FunnelResult): string {
  const reach = result.stages[0]!.count;
  const customers = result.figures.customers;
  if (reach === 0) {
    return 'Nobody is reached yet, so there are no leads and no customers. Raise the number of people reached to start the funnel.';
  }
  const overall = formatPercent(result.figures.overallConversion, 2);
  let text = `Of ${formatCount(reach)} people reached, ${formatCount(customers)} become customers each month (${overall} overall).`;
  const loss = result.biggestLoss;
  if (customers === 0) {
    const zero = FUNNEL_STAGES.find((s, i) => i > 0 && s.rate && result.inputs[s.rate] === 0);
    if (zero?.rate) text += ` The ${rateName(zero.rate)} is 0%, so nobody gets past that step.`;
  } else if (loss) {
    text += ` The biggest loss is from ${FUNNEL_STAGES[loss.from]!.name.toLowerCase()} to ${FUNNEL_STAGES[loss.to]!.name.toLowerCase()}: ${countNoun(loss.lost, 'person', 'people')}.`;
  }
  return text;
}

/** The goal-mode sentence. */
export function summarizeGoal(goal: GoalResult): string {
  if (goal.goal === 0) return 'With a goal of 0 customers, no stage needs anyone.';
  const wanted = countNoun(goal.goal, 'customer');
  if (!goal.feasible || goal.reach === null) {
    const rate = goal.blockedBy ? rateName(goal.blockedBy) : 'one rate';
    return `No number of people reached gives ${wanted} a month while the ${rate} is 0%. Raise it to see what the goal takes.`;
  }
  const leads = goal.counts[3];
  return `To win ${wanted} a month at these rates, you need to reach ${countNoun(goal.reach, 'person', 'people')} and hand sales ${countNoun(leads ?? 0, 'lead')}.`;
}

/** The four numbers a room reads from the back: what the month brings and what it costs. */
export function headlineRows(f: KeyFigures): [string, string][] {
  return [
    ['New clients a month', formatCount(f.customers)],
    ['New contract value a month', formatMoney(f.revenue)],
    ['Customer acquisition cost', formatMoney(f.acquisitionCost)],
    ['Cost per lead', formatMoney(f.costPerLead)],
  ];
}
