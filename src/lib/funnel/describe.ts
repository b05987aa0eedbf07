/**
 * Words and tables made from a result: the live summary sentence, the CSV
 * export. Plain text only; the view never inserts any of it as HTML.
 */
import { countNoun, formatCount, formatMoney, formatPercent, formatPercentValue } from '../format/index.ts';
import type { Cell } from '../format/csv.ts';
import { INPUT_KEYS, INPUT_LABELS, STAGES, type FunnelInputs, type FunnelResult, type KeyFigures, type RateKey } from './model.ts';
import type { GoalResult } from './goal.ts';
import type { Simulation } from './simulate.ts';

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
    const zero = STAGES.find((s, i) => i > 0 && s.rate && result.inputs[s.rate] === 0);
    if (zero?.rate) text += ` The ${rateName(zero.rate)} is 0%, so nobody gets past that step.`;
  } else if (loss) {
    text += ` The biggest loss is from ${STAGES[loss.from]!.name.toLowerCase()} to ${STAGES[loss.to]!.name.toLowerCase()}: ${countNoun(loss.lost, 'person', 'people')}.`;
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

/** The stage table as rows (header first) for CSV. */
export function stageRows(counts: readonly (number | null)[], inputs: FunnelInputs): Cell[][] {
  const rows: Cell[][] = [['Stage', 'Team', 'People per month', 'Rate from previous stage (%)']];
  STAGES.forEach((s, i) => {
    const c = counts[i];
    rows.push([
      s.name,
      s.team === 'marketing' ? 'Marketing' : 'Sales',
      c === null || c === undefined ? 'n/a' : Math.round(c * 1000) / 1000,
      s.rate ? inputs[s.rate] : '',
    ]);
  });
  return rows;
}

/** Everything a spreadsheet needs: inputs, stages, key figures and the simulation. */
export function csvRows(opts: {
  scenarioName: string;
  mode: 'funnel' | 'goal';
  inputs: FunnelInputs;
  counts: readonly (number | null)[];
  figures: KeyFigures;
  goal?: GoalResult;
  simulation?: Simulation;
}): Cell[][] {
  const rows: Cell[][] = [
    ['Funnel simulator export'],
    ['Scenario', opts.scenarioName],
    ['Mode', opts.mode === 'goal' ? 'Goal' : 'Forward'],
  ];
  if (opts.mode === 'goal' && opts.goal) rows.push(['Customers wanted per month', opts.goal.goal]);
  rows.push([], ['Input', 'Value']);
  for (const k of INPUT_KEYS) rows.push([INPUT_LABELS[k], opts.inputs[k]]);
  rows.push([], ...stageRows(opts.counts, opts.inputs));
  rows.push([], ['Key figure', 'Value']);
  for (const [name, text] of keyFigureRows(opts.figures)) rows.push([name, text]);
  if (opts.simulation) {
    const s = opts.simulation;
    rows.push([], ['Simulated month', 'Customers']);
    s.customers.forEach((c, i) => rows.push([i + 1, c]));
    rows.push(['10th percentile', s.p10], ['Median', s.p50], ['90th percentile', s.p90], ['Seed', s.seed]);
  }
  return rows;
}

/** A percentage field value as text: 12.5 -> "12.5%". */
export const pct = (v: number) => formatPercentValue(v);
