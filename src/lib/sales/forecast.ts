/**
 * Pipeline forecast. Deals enter the pipeline every week as qualified
 * opportunities and pass four stages (qualified → presented → proposal →
 * negotiation) before they close. In each week a deal leaves its stage with
 * probability 1 / (average weeks in the stage), so the average stay is what
 * the reader set; a deal that leaves moves on with the stage's probability and
 * is lost otherwise. Deals that move on from negotiation are closed (won).
 *
 * The expected values follow the same rules with fractions of deals, so they
 * can be checked by hand; the Monte Carlo runs draw whole deals with the
 * shared seeded generator and give a 10th–90th percentile band.
 */
import { binomial, createRng, quantile } from '../random/index.ts';
import type { NumberField } from '../url-state/index.ts';

export const STAGES = ['qualified', 'presented', 'proposal', 'negotiation'] as const;
export type Stage = (typeof STAGES)[number];

/** Human names of the stages, and the stage each one moves on to. */
export const STAGE_LABELS: Record<Stage, { name: string; next: string }> = {
  qualified: { name: 'Qualified', next: 'presented' },
  presented: { name: 'Presented', next: 'proposal' },
  proposal: { name: 'Proposal', next: 'negotiation' },
  negotiation: { name: 'Negotiation', next: 'closed' },
};

export interface StageInput {
  /** Chance (0–1) that a deal leaving this stage moves on rather than being lost. */
  probability: number;
  /** Average number of weeks a deal spends in the stage (at least 1). */
  weeks: number;
}

export interface ForecastInput {
  /** New qualified deals entering the pipeline at the start of every week. */
  dealsPerWeek: number;
  /** Revenue a closed deal brings (Leafline: a first-year contract, $2,400). */
  dealValue: number;
  /** Weeks to forecast, 4–52. */
  horizon: number;
  stages: readonly StageInput[];
  /** Simulated runs for the band. */
  runs: number;
  seed: number;
}

export const LIMITS = {
  dealsPerWeek: { min: 0, max: 200 },
  dealValue: { min: 0, max: 100_000 },
  horizon: { min: 4, max: 52 },
  probability: { min: 0, max: 100 },
  weeks: { min: 1, max: 12 },
  runs: { min: 1, max: 10_000 },
  seed: { min: 1, max: 999_999 },
} as const;

export const DEFAULT_RUNS = 2000;

export interface WeekRow {
  week: number;
  /** Expected deals closed in this week, and the revenue they bring. */
  expected: number;
  expectedRevenue: number;
  /** Expected deals closed from week 1 up to and including this week. */
  cumulative: number;
  cumulativeRevenue: number;
  /** Simulated 10th and 90th percentiles, per week and running total. */
  p10: number;
  p90: number;
  cumulativeP10: number;
  cumulativeP90: number;
}

export interface Forecast {
  rows: WeekRow[];
  totalExpected: number;
  totalRevenue: number;
  /** Chance that a deal entering the pipeline closes: the product of the stage probabilities. */
  winRate: number;
  /** Average weeks from entering to closing for a deal that closes. */
  cycleWeeks: number;
  /** Expected open deals per stage at the end of the horizon. */
  openByStage: number[];
  /** Open deals × their chance to close from their stage, at the end of the horizon. */
  weightedDeals: number;
  weightedPipeline: number;
  /** True when no deal can ever close (no deals, or a stage at 0 %): the chart stays calm and flat. */
  empty: boolean;
}

function clamp(n: number, min: number, max: number): number {
  if (!Number.isFinite(n)) return min;
  return Math.min(max, Math.max(min, n));
}

/** Puts every input inside its limits, so the model never sees NaN or a negative chance. */
export function sanitize(input: ForecastInput): ForecastInput {
  return {
    dealsPerWeek: Math.round(clamp(input.dealsPerWeek, LIMITS.dealsPerWeek.min, LIMITS.dealsPerWeek.max)),
    dealValue: clamp(input.dealValue, LIMITS.dealValue.min, LIMITS.dealValue.max),
    horizon: Math.round(clamp(input.horizon, LIMITS.horizon.min, LIMITS.horizon.max)),
    stages: STAGES.map((_, i) => {
      const s = input.stages[i];
      return {
        probability: clamp(s?.probability ?? 0, 0, 1),
        weeks: clamp(s?.weeks ?? 1, LIMITS.weeks.min, LIMITS.weeks.max),
      };
    }),
    runs: Math.round(clamp(input.runs, LIMITS.runs.min, LIMITS.runs.max)),
    seed: Math.round(clamp(input.seed, LIMITS.seed.min, LIMITS.seed.max)),
  };
}

/** Chance to close from each stage: the product of that stage's probability and all later ones. */
export function closeChanceByStage(stages: readonly StageInput[]): number[] {
  const out = new Array<number>(stages.length).fill(0);
  let acc = 1;
  for (let i = stages.length - 1; i >= 0; i--) {
    acc *= stages[i]!.probability;
    out[i] = acc;
  }
  return out;
}

/**
 * Expected deals closed per week (fractions allowed) and the expected open
 * deals per stage after the last week. Week order: new deals enter, then every
 * stage, last first, lets its leavers go, so a deal moves at most one stage a week.
 */
export function expectedClosed(input: ForecastInput): { closed: number[]; open: number[] } {
  const { dealsPerWeek, horizon, stages } = input;
  const open = new Array<number>(stages.length).fill(0);
  const closed: number[] = [];
  for (let w = 0; w < horizon; w++) {
    open[0]! += dealsPerWeek;
    let won = 0;
    for (let s = stages.length - 1; s >= 0; s--) {
      const leave = open[s]! / stages[s]!.weeks;
      const on = leave * stages[s]!.probability;
      open[s]! -= leave;
      if (s === stages.length - 1) won = on;
      else open[s + 1]! += on;
    }
    closed.push(won);
  }
  return { closed, open };
}

/**
 * Distribution of the weeks from entering to closing for a deal that closes:
 * the sum of one geometric stay per stage (at least one week each). Entry
 * `d` of the result is P(the deal closes d weeks after the week it entered),
 * cut at `maxDelay` (the rest of the mass closes after the horizon).
 */
export function delayDistribution(stages: readonly StageInput[], maxDelay: number): Float64Array {
  // dist[k] = P(total stay so far = k weeks); starts as "no stage yet, 0 weeks".
  let dist = new Float64Array(maxDelay + 2);
  dist[0] = 1;
  for (const s of stages) {
    const h = 1 / s.weeks;
    const next = new Float64Array(maxDelay + 2);
    for (let k = 0; k <= maxDelay + 1; k++) {
      const pk = dist[k]!;
      if (pk === 0) continue;
      // Stay d ≥ 1 weeks with probability h (1 − h)^(d − 1).
      let pd = h;
      for (let d = 1; k + d <= maxDelay + 1; d++) {
        next[k + d]! += pk * pd;
        pd *= 1 - h;
        if (pd < 1e-15) break;
      }
    }
    dist = next;
  }
  // A deal entering in week c that stays n weeks in total closes in week c + n − 1.
  return dist.subarray(1, maxDelay + 2);
}

/**
 * Deals closed per week in each simulated run, as one flat array
 * (run-major: run r, week w at r * horizon + w).
 *
 * Only deals that close affect these counts, so each week's new deals are
 * split with one binomial draw into closers (chance: the product of the
 * stage probabilities) and the rest; each closer then draws its time to close
 * from the delay distribution. This is the same process as the stage-by-stage
 * rules, with far fewer random draws, so 2,000 runs stay fast.
 */
export function simulateClosed(input: ForecastInput): Float64Array {
  const { dealsPerWeek, horizon, stages, runs } = input;
  const rng = createRng(input.seed);
  const out = new Float64Array(runs * horizon);
  const winRate = closeChanceByStage(stages)[0] ?? 0;
  if (dealsPerWeek === 0 || winRate === 0) return out;
  const delay = delayDistribution(stages, horizon - 1);
  const cdf = new Float64Array(horizon);
  let acc = 0;
  for (let d = 0; d < horizon; d++) cdf[d] = acc += delay[d]!;
  for (let r = 0; r < runs; r++) {
    const base = r * horizon;
    for (let c = 0; c < horizon; c++) {
      const closers = binomial(dealsPerWeek, winRate, rng);
      const room = horizon - c; // delays 0 … room − 1 land inside the horizon
      for (let k = 0; k < closers; k++) {
        const u = rng();
        if (u >= cdf[room - 1]!) continue; // closes after the last week
        // First delay whose cumulative chance passes u (binary search).
        let lo = 0;
        let hi = room - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cdf[mid]! > u) hi = mid;
          else lo = mid + 1;
        }
        out[base + c + lo]! += 1;
      }
    }
  }
  return out;
}

/** The whole forecast: expected values, weighted pipeline and the simulated band. */
export function forecast(raw: ForecastInput): Forecast {
  const input = sanitize(raw);
  const { horizon, runs, dealValue, stages } = input;
  const chance = closeChanceByStage(stages);
  const winRate = chance[0] ?? 0;
  const empty = input.dealsPerWeek === 0 || winRate === 0;
  const { closed, open } = expectedClosed(input);
  const sims = empty ? null : simulateClosed(input);

  const weekly = new Float64Array(runs);
  const running = new Float64Array(runs);
  const rows: WeekRow[] = [];
  let cumulative = 0;
  for (let w = 0; w < horizon; w++) {
    cumulative += closed[w]!;
    let p10 = 0;
    let p90 = 0;
    let c10 = 0;
    let c90 = 0;
    if (sims) {
      for (let r = 0; r < runs; r++) {
        const v = sims[r * horizon + w]!;
        weekly[r] = v;
        running[r] = (w === 0 ? 0 : running[r]!) + v;
      }
      // Typed-array sorts are native and fast; the shared quantile() sorts
      // again, which costs little on input that is already in order.
      const ws = Array.from(weekly.slice().sort());
      const cs = Array.from(running.slice().sort());
      p10 = quantile(ws, 0.1);
      p90 = quantile(ws, 0.9);
      c10 = quantile(cs, 0.1);
      c90 = quantile(cs, 0.9);
    }
    rows.push({
      week: w + 1,
      expected: closed[w]!,
      expectedRevenue: closed[w]! * dealValue,
      cumulative,
      cumulativeRevenue: cumulative * dealValue,
      p10,
      p90,
      cumulativeP10: c10,
      cumulativeP90: c90,
    });
  }

  const weightedDeals = open.reduce((sum, n, i) => sum + n * chance[i]!, 0);
  const cycleWeeks = stages.reduce((sum, s) => sum + s.weeks, 0);
  return {
    rows,
    totalExpected: cumulative,
    totalRevenue: cumulative * dealValue,
    winRate,
    cycleWeeks,
    openByStage: open,
    weightedDeals,
    weightedPipeline: weightedDeals * dealValue,
    empty,
  };
}

/* ---- URL state: every input of the widget, validated and clamped. ---- */

const pct = (label: string, value: number): NumberField & { label: string } => ({
  kind: 'number',
  default: value,
  min: LIMITS.probability.min,
  max: LIMITS.probability.max,
  label,
});
const wk = (label: string, value: number): NumberField & { label: string } => ({
  kind: 'number',
  default: value,
  min: LIMITS.weeks.min,
  max: LIMITS.weeks.max,
  label,
});

/**
 * Leafline's defaults: about 50 qualified opportunities a month (12 a week);
 * the stage chances multiply to about 25 %, the win rate in chapter 1.
 */
export const FORECAST_SPEC = {
  deals: { kind: 'number', default: 12, min: 0, max: LIMITS.dealsPerWeek.max, integer: true, label: 'New deals per week' },
  value: { kind: 'number', default: 2400, min: 0, max: LIMITS.dealValue.max, label: 'Value of a closed deal' },
  weeks: { kind: 'number', default: 26, min: LIMITS.horizon.min, max: LIMITS.horizon.max, integer: true, label: 'Weeks to forecast' },
  p1: pct('Qualified → presented', 80),
  p2: pct('Presented → proposal', 70),
  p3: pct('Proposal → negotiation', 60),
  p4: pct('Negotiation → closed', 75),
  w1: wk('Weeks in qualified', 1),
  w2: wk('Weeks in presented', 1),
  w3: wk('Weeks in proposal', 2),
  w4: wk('Weeks in negotiation', 1),
  seed: { kind: 'number', default: 1, min: LIMITS.seed.min, max: LIMITS.seed.max, integer: true, label: 'Seed' },
} as const satisfies Record<string, NumberField>;

export type ForecastValues = { -readonly [K in keyof typeof FORECAST_SPEC]: number };

/** From the widget's values (percentages 0–100) to the model's input. */
export function inputFromValues(v: ForecastValues, runs = DEFAULT_RUNS): ForecastInput {
  return sanitize({
    dealsPerWeek: v.deals,
    dealValue: v.value,
    horizon: v.weeks,
    stages: [
      { probability: v.p1 / 100, weeks: v.w1 },
      { probability: v.p2 / 100, weeks: v.w2 },
      { probability: v.p3 / 100, weeks: v.w3 },
      { probability: v.p4 / 100, weeks: v.w4 },
    ],
    runs,
    seed: v.seed,
  });
}
