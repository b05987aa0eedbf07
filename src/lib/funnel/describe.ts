/**
 * Words and tables made from a result: the key figures as the view names
 * them, the live summary sentence, the headline numbers of a stage, and the
 * comparison of levers that replaces "fix the smallest rate". Plain text
 * only; the view never inserts any of it as HTML.
 */
import { countNoun, formatCount, formatMoney, formatPercent } from '../format/index.ts';
import { FUNNEL_STAGES, computeFunnel, type FunnelResult, type KeyFigures, type RateKey } from './model.ts';
import type { GoalResult } from './goal.ts';
import type { FunnelInputs } from './state.ts';

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
const RATE_PHRASE: Record<RateKey, string> = {
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

/** The levers the comparison moves: reach and the five rates. */
export type LeverKey = 'reach' | RateKey;
export const LEVER_KEYS: readonly LeverKey[] = ['reach', 'interest', 'desire', 'action', 'qualified', 'win'];

const LEVER_NAME: Record<LeverKey, string> = { reach: 'people reached', ...RATE_PHRASE };

/** What moving one lever alone does to a month. */
export interface LeverEffect {
  key: LeverKey;
  /** "people reached", "qualification rate", … */
  name: string;
  /** The input now, and where it moves to. */
  from: number;
  to: number;
  /** New clients a month with only this lever moved. */
  customers: number;
  /** New clients gained (negative when the move loses some). */
  gain: number;
  /** Marketing spend added a month (reach costs money per person; a rate adds none in the model). */
  addedSpend: number;
  /** Added spend per new client gained; null when nothing is gained. */
  spendPerExtraClient: number | null;
  /** Sales capacity stopped some of the gain: more opportunities than sales can work. */
  cappedBySales: boolean;
}

/**
 * Moves each lever of `targets` alone, the rest held, and says what it brings
 * and what it adds to the monthly spend, in the order of the most new clients
 * for the least added spend. This is the honest version of "where to improve":
 * each rate is compared with a benchmark (another scenario, last period) and
 * with the cost of moving it, never ranked by how small it is.
 */
export function leverEffects(inputs: FunnelInputs, targets: Partial<Record<LeverKey, number>>): LeverEffect[] {
  const base = computeFunnel(inputs);
  const out: LeverEffect[] = [];
  for (const key of LEVER_KEYS) {
    const to = targets[key];
    if (to === undefined || to === inputs[key]) continue;
    const moved = computeFunnel({ ...inputs, [key]: to });
    const gain = moved.figures.customers - base.figures.customers;
    const addedSpend = moved.figures.marketingSpend - base.figures.marketingSpend;
    const uncapped = moved.stages[4]!.count * (moved.inputs.win / 100);
    out.push({
      key,
      name: LEVER_NAME[key],
      from: inputs[key],
      to: moved.inputs[key],
      customers: moved.figures.customers,
      gain,
      addedSpend,
      spendPerExtraClient: gain > 1e-9 ? addedSpend / gain : null,
      cappedBySales: uncapped - moved.figures.customers > 1e-9,
    });
  }
  // Most clients per added dollar first: free gains by size, then the rest by cost per client.
  return out.sort((a, b) => {
    const ca = a.spendPerExtraClient ?? Number.POSITIVE_INFINITY;
    const cb = b.spendPerExtraClient ?? Number.POSITIVE_INFINITY;
    return ca - cb || b.gain - a.gain;
  });
}

/** Each lever compared with a benchmark's value (another scenario, or last period's numbers). */
export function benchmarkLevers(inputs: FunnelInputs, benchmark: FunnelInputs): LeverEffect[] {
  return leverEffects(inputs, Object.fromEntries(LEVER_KEYS.map((k) => [k, benchmark[k]])));
}

/**
 * Every lever moved by the same relative step (0.4 = 40 % more of each; rates
 * stop at 100 %), so changes of equal size can be compared fairly.
 */
export function equalStepLevers(inputs: FunnelInputs, step: number): LeverEffect[] {
  const targets: Partial<Record<LeverKey, number>> = {};
  for (const k of LEVER_KEYS) {
    const v = inputs[k] * (1 + step);
    targets[k] = k === 'reach' ? Math.round(v) : Math.min(100, Math.round(v * 100) / 100);
  }
  return leverEffects(inputs, targets);
}

/** "qualification rate 50% → 70%" */
function leverMove(e: LeverEffect): string {
  return e.key === 'reach'
    ? `${e.name} ${formatCount(e.from)} → ${formatCount(e.to)}`
    : `${e.name} ${formatPercent(e.from / 100)} → ${formatPercent(e.to / 100)}`;
}

/** One or two sentences on the best lever against a benchmark, in the model's own numbers. */
export function leverAdvice(effects: readonly LeverEffect[], against: string): string {
  const gains = effects.filter((e) => e.gain > 1e-9);
  if (gains.length === 0) return `No single lever would win more new clients than now by matching ${against}.`;
  const best = gains[0]!;
  const cost =
    best.addedSpend > 0.005
      ? `for ${formatMoney(best.addedSpend)} more marketing spend a month`
      : 'with no added spend (it takes work, not money, in this model)';
  let text = `Matching ${against}, the ${leverMove(best)} would add ${formatCount(best.gain)} new clients a month ${cost}.`;
  if (best.cappedBySales) text += ' Sales capacity limits it: more opportunities than the team can work.';
  return text;
}
