/**
 * Words and tables made from a result: the key figures as the view names
 * them, the live summary sentence and the headline numbers of a stage (the
 * comparison of levers is in levers.ts). Plain text only; the view never
 * inserts any of it as HTML.
 */
import { countNoun, formatCount, formatMoney, formatPercent } from '../format/index.ts';
import { FUNNEL_STAGES, type FunnelResult, type KeyFigures, type RateKey } from './model.ts';
import type { GoalResult } from './goal.ts';

/** "8.7 months", or "n/a". */
function formatMonths(n: number | null): string {
  return n === null ? 'n/a' : `${formatCount(Math.round(n * 10) / 10)} months`;
}

/** "4.6 : 1", or "n/a". */
function formatRatio(n: number | null): string {
  return n === null ? 'n/a' : `${formatCount(Math.round(n * 10) / 10)} : 1`;
}

/**
 * The key figures as [name, text] pairs, in the order the view shows them;
 * ratios without a divisor read "n/a". Each name says what the number is.
 */
export function keyFigureRows(f: KeyFigures): [string, string][] {
  return [
    ['New clients a month', formatCount(f.customers)],
    ['New contract value a month', formatMoney(f.contractValue)],
    ['New monthly recurring revenue', formatMoney(f.newMrr)],
    ['Marketing spend a month', formatMoney(f.marketingSpend)],
    ['Cost per lead', formatMoney(f.costPerLead)],
    ['Customer acquisition cost', formatMoney(f.acquisitionCost)],
    ['Payback on gross margin', formatMonths(f.paybackMonths)],
    ['Lifetime value (gross margin)', formatMoney(f.lifetimeValue)],
    ['LTV : CAC', formatRatio(f.ltvToCac)],
    ['Return on ad spend (ROAS)', f.roas === null ? 'n/a' : `${formatMoney(f.roas)} per $1`],
    ['First-year return on investment (ROI)', formatPercent(f.roi)],
  ];
}

/** The four numbers a room reads from the back: what the month brings and what it costs. */
export function headlineRows(f: KeyFigures): [string, string][] {
  return [
    ['New clients a month', formatCount(f.customers)],
    ['New contract value a month', formatMoney(f.contractValue)],
    ['Customer acquisition cost', formatMoney(f.acquisitionCost)],
    ['Payback on gross margin', formatMonths(f.paybackMonths)],
  ];
}

/** How a sentence names each rate. */
export const RATE_PHRASE: Record<RateKey, string> = {
  interest: 'awareness-to-interest rate',
  desire: 'interest-to-desire rate',
  action: 'desire-to-action rate',
  qualified: 'qualification rate',
  win: 'win rate',
};

/** One sentence about the sales diary: how full it is, and what waits when it is full. */
export function salesLine(result: FunnelResult): string {
  const { capacity, worked, unworked, utilisation } = result.sales;
  const full = formatPercent(utilisation, 0);
  if (unworked > 1e-9) {
    return `Sales can work ${countNoun(capacity, 'opportunity', 'opportunities')} a month and has ${formatCount(worked + unworked)}: ${formatCount(unworked)} wait, and more reach would not add a client until sales has more time.`;
  }
  return `Sales works ${formatCount(worked)} of the ${countNoun(capacity, 'opportunity', 'opportunities')} it has time for each month (${full} of its diary).`;
}

/** One sentence (two at most) for the live region. */
export function summarize(result: FunnelResult): string {
  const reach = result.stages[0]!.count;
  const customers = result.figures.customers;
  if (reach === 0) {
    return 'Nobody is reached yet, so there are no leads and no new clients. Raise the number of people reached to start the funnel.';
  }
  const overall = formatPercent(result.figures.overallConversion, 2);
  let text = `Of ${formatCount(reach)} people reached, ${formatCount(customers)} become new clients each month (${overall} overall).`;
  const loss = result.biggestLoss;
  if (customers === 0) {
    const zero = FUNNEL_STAGES.find((s, i) => i > 0 && s.rate && result.inputs[s.rate] === 0);
    if (zero?.rate) text += ` The ${RATE_PHRASE[zero.rate]} is 0%, so nobody gets past that step.`;
  } else if (result.sales.unworked > 1e-9) {
    text += ` Sales has time for ${formatCount(result.sales.capacity)} of its ${formatCount(result.stages[4]!.count)} opportunities, so ${formatCount(result.sales.unworked)} wait.`;
  } else if (loss) {
    text += ` The most people drop out between ${FUNNEL_STAGES[loss.from]!.name.toLowerCase()} and ${FUNNEL_STAGES[loss.to]!.name.toLowerCase()}: ${countNoun(loss.lost, 'person', 'people')}.`;
  }
  return text;
}

/** The goal-mode sentence. */
export function summarizeGoal(goal: GoalResult, reps: number): string {
  if (goal.goal === 0) return 'With a goal of 0 new clients, no stage needs anyone.';
  const wanted = countNoun(goal.goal, 'new client');
  if (!goal.feasible || goal.reach === null) {
    const rate = goal.blockedBy ? RATE_PHRASE[goal.blockedBy] : 'one rate';
    return `No number of people reached gives ${wanted} a month while the ${rate} is 0%. Raise it to see what the goal takes.`;
  }
  const leads = goal.counts[3];
  let text = `To win ${wanted} a month at these rates, you need to reach ${countNoun(goal.reach, 'person', 'people')} and hand sales ${countNoun(leads ?? 0, 'lead')}.`;
  if (goal.capacityShort && goal.salespeopleNeeded !== null) {
    text += ` Working ${countNoun(goal.opportunities ?? 0, 'opportunity', 'opportunities')} a month takes ${countNoun(goal.salespeopleNeeded, 'salesperson', 'salespeople')}, not ${formatCount(reps)}.`;
  }
  return text;
}
