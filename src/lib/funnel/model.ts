/**
 * The funnel model: one chain from the first person reached to the closed deal.
 * Marketing owns the first four stages and hands leads over; sales qualifies
 * and closes. Pure functions, no DOM: the widget and the tests share them.
 */
import { safeRatio } from '../format/index.ts';
import type { Team } from '../vocabulary/teams.ts';
import { DEFAULT_INPUTS, INPUT_KEYS, INPUT_RANGES, type FunnelInputs, type InputKey } from './state.ts';

export type { FunnelInputs, InputKey } from './state.ts';
export { DEFAULT_INPUTS, INPUT_KEYS, INPUT_LABELS, INPUT_RANGES } from './state.ts';

export type RateKey = 'interest' | 'desire' | 'action' | 'qualified' | 'win';

export interface StageDef {
  id: 'reached' | 'interested' | 'desiring' | 'leads' | 'qualified' | 'customers';
  /** Name shown in the table, the figure and exports. */
  name: string;
  /** Plural noun for sentences: "12.5 customers". */
  noun: string;
  team: Team;
  /** The rate that brings people into this stage from the one before; null for the first. */
  rate: RateKey | null;
}

/** The six stages, top to bottom. */
export const FUNNEL_STAGES: readonly StageDef[] = [
  { id: 'reached', name: 'People reached', noun: 'people reached', team: 'marketing', rate: null },
  { id: 'interested', name: 'Interested', noun: 'interested people', team: 'marketing', rate: 'interest' },
  { id: 'desiring', name: 'Desire', noun: 'people with desire', team: 'marketing', rate: 'desire' },
  { id: 'leads', name: 'Leads', noun: 'leads', team: 'marketing', rate: 'action' },
  { id: 'qualified', name: 'Qualified opportunities', noun: 'opportunities', team: 'sales', rate: 'qualified' },
  { id: 'customers', name: 'Customers', noun: 'customers', team: 'sales', rate: 'win' },
];

/** Index of the last marketing stage: the hand-over happens right after it. */
export const HANDOVER_AFTER = 3;

export const RATE_KEYS: readonly RateKey[] = ['interest', 'desire', 'action', 'qualified', 'win'];

/** Clamps every input into its range; anything not finite becomes the default. */
export function sanitizeInputs(raw: Partial<Record<InputKey, unknown>>): FunnelInputs {
  const out = { ...DEFAULT_INPUTS };
  for (const key of INPUT_KEYS) {
    const v = raw[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    const { min, max } = INPUT_RANGES[key];
    out[key] = Math.min(max, Math.max(min, v));
  }
  return out;
}

/** The five stage-to-stage rates as fractions 0..1, in stage order. */
export function rateFractions(inputs: FunnelInputs): number[] {
  return RATE_KEYS.map((k) => Math.min(1, Math.max(0, inputs[k] / 100)));
}

/** Expected count at every stage for a given number reached. */
export function stageCounts(reach: number, rates: readonly number[]): number[] {
  const counts = [reach];
  let n = reach;
  for (const r of rates) {
    n = n * r;
    counts.push(n);
  }
  return counts;
}

export interface StageResult {
  def: StageDef;
  /** Expected people at this stage per month. */
  count: number;
  /** Share of the previous stage that gets here (0..1); null for the first stage. */
  rate: number | null;
  /** People lost between the previous stage and this one (0 for the first). */
  lostBefore: number;
}

/** Money and ratios that a reader asks about. Null means "n/a" (divisor zero). */
export interface KeyFigures {
  customers: number;
  /** customers × deal. */
  revenue: number;
  /** spend / leads. */
  costPerLead: number | null;
  /** (spend + sales cost) / customers. */
  acquisitionCost: number | null;
  /** (revenue − spend − sales cost) / (spend + sales cost), as a fraction. */
  returnOnSpend: number | null;
  /** customers / reach, as a fraction. */
  overallConversion: number | null;
}

export interface BiggestLoss {
  /** Index of the stage people fail to reach (1..5). */
  to: number;
  from: number;
  lost: number;
}

export interface FunnelResult {
  inputs: FunnelInputs;
  stages: StageResult[];
  figures: KeyFigures;
  /** The step that loses the most people; null when nobody is lost (or nobody reached). */
  biggestLoss: BiggestLoss | null;
  /** True when nobody is reached or every count is zero: the view shows a calm empty state. */
  empty: boolean;
}

/** Key figures from stage counts and money inputs. */
export function keyFigures(counts: readonly number[], inputs: FunnelInputs): KeyFigures {
  const reach = counts[0] ?? 0;
  const leads = counts[HANDOVER_AFTER] ?? 0;
  const customers = counts[counts.length - 1] ?? 0;
  const revenue = customers * inputs.deal;
  const cost = inputs.spend + inputs.salescost;
  return {
    customers,
    revenue,
    costPerLead: safeRatio(inputs.spend, leads),
    acquisitionCost: safeRatio(cost, customers),
    returnOnSpend: safeRatio(revenue - cost, cost),
    overallConversion: safeRatio(customers, reach),
  };
}

/** The step with the largest drop in people; ties go to the earlier step. */
export function biggestLoss(counts: readonly number[]): BiggestLoss | null {
  let best: BiggestLoss | null = null;
  for (let i = 1; i < counts.length; i++) {
    const lost = counts[i - 1]! - counts[i]!;
    if (lost > 1e-9 && (!best || lost > best.lost + 1e-9)) best = { from: i - 1, to: i, lost };
  }
  return best;
}

/** Builds the per-stage results for a list of counts. */
export function stageResults(counts: readonly number[], rates: readonly (number | null)[]): StageResult[] {
  return FUNNEL_STAGES.map((def, i) => ({
    def,
    count: counts[i] ?? 0,
    rate: i === 0 ? null : (rates[i - 1] ?? null),
    lostBefore: i === 0 ? 0 : Math.max(0, counts[i - 1]! - counts[i]!),
  }));
}

/** The forward model: from people reached to customers, revenue and ratios. */
export function computeFunnel(raw: FunnelInputs): FunnelResult {
  const inputs = sanitizeInputs(raw);
  const rates = rateFractions(inputs);
  const counts = stageCounts(inputs.reach, rates);
  return {
    inputs,
    stages: stageResults(counts, rates),
    figures: keyFigures(counts, inputs),
    biggestLoss: biggestLoss(counts),
    empty: counts[0] === 0 || counts.every((c) => c === 0),
  };
}

/** Expected customers from a number reached: the same arithmetic as computeFunnel. */
export function customersFrom(reach: number, inputs: FunnelInputs): number {
  const counts = stageCounts(reach, rateFractions(inputs));
  return counts[counts.length - 1]!;
}
