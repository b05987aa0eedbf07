/**
 * Goal mode, the reverse funnel: how many people each stage needs so that the
 * month ends with the customers wanted. Every count is the smallest whole
 * number of people that, run forward through the remaining rates, meets the
 * goal. Sales capacity counts too: every opportunity needed must be worked,
 * so the goal also says how many salespeople it takes.
 */
import { FUNNEL_STAGES, keyFigures, rateFractions, type FunnelInputs, type KeyFigures, type RateKey } from './model.ts';
import { GOAL_FIELD } from './state.ts';

const GOAL_RANGE = { min: GOAL_FIELD.min, max: GOAL_FIELD.max };
const DEFAULT_GOAL = GOAL_FIELD.default;

export interface GoalResult {
  goal: number;
  /** True when every needed count exists (no rate on the way is zero). */
  feasible: boolean;
  /** The first rate that is zero and makes the goal unreachable, if any. */
  blockedBy: RateKey | null;
  /** People needed at each stage, rounded up; null where the goal cannot be met. */
  counts: (number | null)[];
  /** People that must be reached (counts[0]). */
  reach: number | null;
  /** Opportunities sales must work a month (counts[4]); null where the goal cannot be met. */
  opportunities: number | null;
  /** Salespeople needed to work them at the capacity each has; null where the goal cannot be met. */
  salespeopleNeeded: number | null;
  /** True when the team as it is cannot work the opportunities the goal needs. */
  capacityShort: boolean;
  /** The month the goal takes (reach and salespeople as needed): spend, cost per client and the rest. */
  figures: KeyFigures | null;
}

/** Runs n people forward from stage `from` with the same arithmetic as the forward model. */
export function forwardFrom(n: number, from: number, rates: readonly number[]): number {
  let x = n;
  for (let i = from; i < rates.length; i++) x = x * rates[i]!;
  return x;
}

/** Smallest whole n with forwardFrom(n) >= goal; null when no n does. */
function smallestMeeting(goal: number, from: number, rates: readonly number[]): number | null {
  let product = 1;
  for (let i = from; i < rates.length; i++) product *= rates[i]!;
  if (goal <= 0) return 0;
  if (!(product > 0)) return null;
  let n = Math.ceil(goal / product);
  if (!Number.isFinite(n)) return null;
  // Float rounding can leave the estimate one off either way; nudge it, a few steps at most.
  // Past 2^53 one person is below float resolution, so step by the smallest change that counts.
  const step = Number.isSafeInteger(n) ? 1 : Math.ceil(n * Number.EPSILON);
  for (let i = 0; i < 8 && forwardFrom(n, from, rates) < goal; i++) n += step;
  if (step === 1) {
    for (let i = 0; i < 4 && n > 0 && forwardFrom(n - 1, from, rates) >= goal; i++) n -= 1;
  }
  return n;
}

/** The reverse funnel for a goal of customers per month. */
export function computeGoal(inputs: FunnelInputs, goalRaw: number): GoalResult {
  const goal = Number.isFinite(goalRaw)
    ? Math.min(GOAL_RANGE.max, Math.max(GOAL_RANGE.min, Math.ceil(goalRaw)))
    : DEFAULT_GOAL;
  const rates = rateFractions(inputs);
  const counts = FUNNEL_STAGES.map((_, i) => smallestMeeting(goal, i, rates));
  let blockedBy: RateKey | null = null;
  if (goal > 0) {
    for (let i = 0; i < rates.length; i++) {
      if (rates[i] === 0) {
        blockedBy = FUNNEL_STAGES[i + 1]!.rate;
        break;
      }
    }
  }
  const feasible = counts.every((c) => c !== null);
  const opportunities = counts[4] ?? null;
  const each = Math.max(1, inputs.capacity);
  const salespeopleNeeded = opportunities === null ? null : Math.max(1, Math.ceil(opportunities / each - 1e-9));
  const capacityShort = salespeopleNeeded !== null && salespeopleNeeded > inputs.reps;
  const reach = counts[0] ?? null;
  const figures = feasible
    ? keyFigures(counts as number[], { ...inputs, reps: Math.max(inputs.reps, salespeopleNeeded ?? 1) })
    : null;
  return { goal, feasible, blockedBy, counts, reach, opportunities, salespeopleNeeded, capacityShort, figures };
}
