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
import { createRng } from '../random/index.ts';
import { binomial, quantile } from '../random/draws.ts';
import { formatCount, formatMoney } from '../format/index.ts';
import { forecastState, STAGE_FIELDS, type ChartView, type ForecastValues } from './state.ts';

export const PIPELINE_STAGES = ['qualified', 'presented', 'proposal', 'negotiation'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** Human names of the stages, and the stage each one moves on to. */
export const PIPELINE_STAGE_LABELS: Record<PipelineStage, { name: string; next: string }> = {
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

/** Simulated runs: the band's resolution. Not a reader's input, so not in the state spec. */
const RUNS = { min: 1, max: 10_000 } as const;

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

const F = forecastState.fields;

/** Puts every input inside the ranges of the state spec, so the model never sees NaN or a negative chance. */
export function sanitize(input: ForecastInput): ForecastInput {
  return {
    dealsPerWeek: Math.round(clamp(input.dealsPerWeek, F.deals.min, F.deals.max)),
    dealValue: clamp(input.dealValue, F.value.min, F.value.max),
    horizon: Math.round(clamp(input.horizon, F.weeks.min, F.weeks.max)),
    stages: PIPELINE_STAGES.map((_, i) => {
      const s = input.stages[i];
      return {
        probability: clamp(s?.probability ?? 0, F.p1.min / 100, F.p1.max / 100),
        weeks: clamp(s?.weeks ?? 1, F.w1.min, F.w1.max),
      };
    }),
    runs: Math.round(clamp(input.runs, RUNS.min, RUNS.max)),
    seed: Math.round(clamp(input.seed, F.seed.min, F.seed.max)),
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

/**
 * Whole, non-negative counts in ascending order, written into `out` (reused
 * between weeks to spare the garbage collector). Linear in the number of runs
 * plus the largest count.
 */
export function countingSort(values: Float64Array, out: number[]): number[] {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  const counts = new Uint32Array(max + 1);
  for (let i = 0; i < values.length; i++) counts[values[i]!]! += 1;
  let k = 0;
  for (let v = 0; v <= max; v++) {
    for (let c = counts[v]!; c > 0; c--) out[k++] = v;
  }
  out.length = values.length;
  return out;
}

/** The simulated 10th and 90th percentiles, per week and running total (deal counts). */
export interface Band {
  p10: number[];
  p90: number[];
  cumulativeP10: number[];
  cumulativeP90: number[];
}

/**
 * The band from `runs` seeded simulations: the heavy part of the forecast
 * (the view runs it in a Web Worker). All zeros when no deal can close.
 */
export function simulateBand(raw: ForecastInput): Band {
  const input = sanitize(raw);
  const { horizon, runs } = input;
  const band: Band = { p10: [], p90: [], cumulativeP10: [], cumulativeP90: [] };
  const winRate = closeChanceByStage(input.stages)[0] ?? 0;
  if (input.dealsPerWeek === 0 || winRate === 0) {
    for (let w = 0; w < horizon; w++) {
      band.p10.push(0);
      band.p90.push(0);
      band.cumulativeP10.push(0);
      band.cumulativeP90.push(0);
    }
    return band;
  }
  const sims = simulateClosed(input);
  const weekly = new Float64Array(runs);
  const running = new Float64Array(runs);
  const sortedWeekly = new Array<number>(runs).fill(0);
  const sortedRunning = new Array<number>(runs).fill(0);
  for (let w = 0; w < horizon; w++) {
    for (let r = 0; r < runs; r++) {
      const v = sims[r * horizon + w]!;
      weekly[r] = v;
      running[r] = (w === 0 ? 0 : running[r]!) + v;
    }
    // Deal counts are small whole numbers, so a counting sort puts them in
    // order in linear time; the shared quantile() then sees sorted input
    // and skips its own sort.
    const ws = countingSort(weekly, sortedWeekly);
    const cs = countingSort(running, sortedRunning);
    band.p10.push(quantile(ws, 0.1));
    band.p90.push(quantile(ws, 0.9));
    band.cumulativeP10.push(quantile(cs, 0.1));
    band.cumulativeP90.push(quantile(cs, 0.9));
  }
  return band;
}

/**
 * The cheap part of the forecast: expected values and the weighted pipeline,
 * with the band given (or zero until the simulation has run).
 */
export function expectedForecast(raw: ForecastInput, band?: Band): Forecast {
  const input = sanitize(raw);
  const { horizon, dealValue, stages } = input;
  const chance = closeChanceByStage(stages);
  const winRate = chance[0] ?? 0;
  const empty = input.dealsPerWeek === 0 || winRate === 0;
  const { closed, open } = expectedClosed(input);
  // A band is only drawn for a pipeline that can close deals, and only when it has one value a week.
  const fits = !empty && band !== undefined && band.p10.length === horizon;
  const rows: WeekRow[] = [];
  let cumulative = 0;
  for (let w = 0; w < horizon; w++) {
    cumulative += closed[w]!;
    rows.push({
      week: w + 1,
      expected: closed[w]!,
      expectedRevenue: closed[w]! * dealValue,
      cumulative,
      cumulativeRevenue: cumulative * dealValue,
      p10: fits ? band.p10[w]! : 0,
      p90: fits ? band.p90[w]! : 0,
      cumulativeP10: fits ? band.cumulativeP10[w]! : 0,
      cumulativeP90: fits ? band.cumulativeP90[w]! : 0,
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

/** The whole forecast: expected values, weighted pipeline and the simulated band. */
export function forecast(raw: ForecastInput): Forecast {
  return expectedForecast(raw, simulateBand(raw));
}

/** From the widget's values (percentages 0–100) to the model's input. */
export function inputFromValues(v: ForecastValues, runs = DEFAULT_RUNS): ForecastInput {
  return sanitize({
    dealsPerWeek: v.deals,
    dealValue: v.value,
    horizon: v.weeks,
    stages: STAGE_FIELDS.map((f) => ({ probability: v[f.p] / 100, weeks: v[f.w] })),
    runs,
    seed: v.seed,
  });
}

/** Why nothing closes, in words, when the forecast is empty ('' otherwise). */
export function emptyReason(input: ForecastInput): string {
  if (input.dealsPerWeek === 0) return 'No new deals enter the pipeline, so none can close.';
  const stuck = PIPELINE_STAGES.filter((_, i) => input.stages[i]!.probability === 0).map((s) =>
    PIPELINE_STAGE_LABELS[s].name.toLowerCase(),
  );
  return stuck.length > 0
    ? `No deal moves on from ${stuck.join(' or ')} (0 %), so none can close.`
    : '';
}

/** The chart's text equivalent: what the line and the band say, in one or two sentences. */
export function chartSummary(result: Forecast, input: ForecastInput, view: ChartView): string {
  const last = result.rows[result.rows.length - 1]!;
  const h = input.horizon;
  if (result.empty) return `Flat at zero: ${emptyReason(input)}`;
  if (view === 'weekly') {
    return `Deals closed per week over ${h} weeks. The expected number rises from ${formatCount(result.rows[0]!.expected)} in week 1 to ${formatCount(last.expected)} in week ${h}; in most runs week ${h} closes between ${formatCount(last.p10)} and ${formatCount(last.p90)}.`;
  }
  return `Revenue closed so far, week by week. By week ${h} the expected total is ${formatMoney(last.cumulativeRevenue)}; in 8 runs out of 10 it lands between ${formatMoney(last.cumulativeP10 * input.dealValue)} and ${formatMoney(last.cumulativeP90 * input.dealValue)}.`;
}
