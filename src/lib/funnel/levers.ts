/**
 * Where to improve a funnel, honestly: each lever (reach and the five rates)
 * is compared with a benchmark (another scenario, or last period's numbers)
 * and with what moving it costs, never ranked by how small its rate is. In
 * Leafline's own funnel the smallest rate is awareness to interest, the
 * expensive lever; this module shows why, in the model's numbers.
 */
import { formatCount, formatMoney, formatPercent } from '../format/index.ts';
import { RATE_KEYS, computeFunnel, type RateKey } from './model.ts';
import { RATE_PHRASE } from './describe.ts';
import type { FunnelInputs } from './state.ts';

/** The levers the comparison moves: reach and the five rates. */
export type LeverKey = 'reach' | RateKey;
export const LEVER_KEYS: readonly LeverKey[] = ['reach', ...RATE_KEYS];

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
export function leverEffects(
  inputs: FunnelInputs,
  targets: Partial<Record<LeverKey, number>>,
): LeverEffect[] {
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
  if (gains.length === 0)
    return `No single lever would win more new clients than now by matching ${against}.`;
  const best = gains[0]!;
  const cost =
    best.addedSpend > 0.005
      ? `for ${formatMoney(best.addedSpend)} more marketing spend a month`
      : 'with no added spend (it takes work, not money, in this model)';
  let text = `Matching ${against}, the ${leverMove(best)} would add ${formatCount(best.gain)} new clients a month ${cost}.`;
  if (best.cappedBySales)
    text += ' Sales capacity limits it: more opportunities than the team can work.';
  return text;
}
