/**
 * The funnel model: one chain from the first person reached to the signed
 * contract. Marketing owns the first four stages and hands leads over; sales
 * qualifies and closes, as many opportunities as its people can work.
 * Marketing spend follows reach (a cost per person reached); a client pays a
 * monthly fee (the first-year contract value ÷ 12), earns a gross margin and
 * stays 1 ÷ churn months on average. Pure functions, no DOM: the widget, the
 * chapters' numbers and the tests share them.
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
  { id: 'customers', name: 'New clients', noun: 'new clients', team: 'sales', rate: 'win' },
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

/** Expected count at every stage for a given number reached, with no limit on what sales can work. */
export function stageCounts(reach: number, rates: readonly number[]): number[] {
  const counts = [reach];
  let n = reach;
  for (const r of rates) {
    n = n * r;
    counts.push(n);
  }
  return counts;
}

/** Opportunities the sales team can work in a month: salespeople × opportunities each. */
export function salesCapacity(inputs: Pick<FunnelInputs, 'reps' | 'capacity'>): number {
  return Math.max(0, inputs.reps) * Math.max(0, inputs.capacity);
}

/**
 * Expected count at every stage, with sales capacity: sales works at most
 * `salesCapacity` opportunities a month, and only worked opportunities can be
 * won. The fifth count is every qualified opportunity (worked or not); the
 * sixth is the customers won from the worked ones.
 */
export function funnelCounts(inputs: FunnelInputs): { counts: number[]; worked: number; unworked: number } {
  const rates = rateFractions(inputs);
  const counts = stageCounts(inputs.reach, rates);
  const opportunities = counts[4]!;
  const worked = Math.min(opportunities, salesCapacity(inputs));
  counts[5] = worked * rates[4]!;
  return { counts, worked, unworked: Math.max(0, opportunities - worked) };
}

/** What sales can do with the month's opportunities. */
export interface SalesLoad {
  /** Opportunities the team can work a month (salespeople × each one's). */
  capacity: number;
  /** Opportunities worked: all of them, or as many as the capacity allows. */
  worked: number;
  /** Qualified opportunities nobody has time for this month. */
  unworked: number;
  /** Share of the capacity in use (0..1); null when there is no capacity. */
  utilisation: number | null;
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

/**
 * The money and ratios a reader asks about, each named for what it is.
 * Null means "n/a": the divisor is zero.
 */
export interface KeyFigures {
  /** New clients a month. */
  customers: number;
  /** New contract value a month: new clients × first-year contract value. */
  contractValue: number;
  /** New monthly recurring revenue: the monthly fees the month's new clients add (contract value ÷ 12). */
  newMrr: number;
  /** Marketing spend a month: people reached × cost per person reached. */
  marketingSpend: number;
  /** Sales cost a month: salespeople × cost of one. */
  salesCost: number;
  /** Cost per lead: marketing spend ÷ leads. */
  costPerLead: number | null;
  /** Customer acquisition cost: (marketing spend + sales cost) ÷ new clients. */
  acquisitionCost: number | null;
  /** Months of one client's gross margin (monthly fee × margin) that pay back its acquisition cost. */
  paybackMonths: number | null;
  /** Lifetime value on gross margin: monthly fee × margin ÷ monthly churn (a client stays 1 ÷ churn months on average). */
  lifetimeValue: number | null;
  /** Lifetime value ÷ customer acquisition cost. */
  ltvToCac: number | null;
  /** Return on ad spend: new contract value ÷ marketing spend (revenue per marketing dollar, before any cost). */
  roas: number | null;
  /** Return on investment over the first year: (contract value × margin − marketing spend − sales cost) ÷ (marketing spend + sales cost). */
  roi: number | null;
  /** New clients ÷ people reached. */
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
  sales: SalesLoad;
  /** The step that loses the most people; null when nobody is lost (or nobody reached). */
  biggestLoss: BiggestLoss | null;
  /** True when nobody is reached or every count is zero: the view shows a calm empty state. */
  empty: boolean;
}

/** A client's monthly fee: the first-year contract value spread over twelve months. */
export function monthlyFee(inputs: Pick<FunnelInputs, 'deal'>): number {
  return inputs.deal / 12;
}

/**
 * Key figures from stage counts and the money inputs. `counts[0]` is the
 * reach the spend follows, `counts[3]` the leads, `counts[5]` the new clients.
 */
export function keyFigures(counts: readonly number[], inputs: FunnelInputs): KeyFigures {
  const reach = counts[0] ?? 0;
  const leads = counts[HANDOVER_AFTER] ?? 0;
  const customers = counts[counts.length - 1] ?? 0;
  const marketingSpend = reach * inputs.cpr;
  const salesCost = inputs.reps * inputs.salescost;
  const cost = marketingSpend + salesCost;
  const contractValue = customers * inputs.deal;
  const margin = inputs.margin / 100;
  const monthlyMargin = monthlyFee(inputs) * margin;
  const acquisitionCost = safeRatio(cost, customers);
  const lifetimeValue = safeRatio(monthlyMargin, inputs.churn / 100);
  return {
    customers,
    contractValue,
    newMrr: customers * monthlyFee(inputs),
    marketingSpend,
    salesCost,
    costPerLead: safeRatio(marketingSpend, leads),
    acquisitionCost,
    paybackMonths: acquisitionCost === null ? null : safeRatio(acquisitionCost, monthlyMargin),
    lifetimeValue,
    ltvToCac: lifetimeValue === null || acquisitionCost === null ? null : safeRatio(lifetimeValue, acquisitionCost),
    roas: safeRatio(contractValue, marketingSpend),
    roi: safeRatio(contractValue * margin - cost, cost),
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

/** Builds the per-stage results for a list of counts; each rate is the share of the stage before that got here. */
export function stageResults(counts: readonly number[]): StageResult[] {
  return FUNNEL_STAGES.map((def, i) => ({
    def,
    count: counts[i] ?? 0,
    rate: i === 0 ? null : safeRatio(counts[i] ?? 0, counts[i - 1] ?? 0),
    lostBefore: i === 0 ? 0 : Math.max(0, counts[i - 1]! - counts[i]!),
  }));
}

/** The forward model: from people reached to new clients, with sales capacity, money and ratios. */
export function computeFunnel(raw: FunnelInputs): FunnelResult {
  const inputs = sanitizeInputs(raw);
  const { counts, worked, unworked } = funnelCounts(inputs);
  const capacity = salesCapacity(inputs);
  return {
    inputs,
    stages: stageResults(counts),
    figures: keyFigures(counts, inputs),
    sales: { capacity, worked, unworked, utilisation: safeRatio(worked, capacity) },
    biggestLoss: biggestLoss(counts),
    empty: counts[0] === 0 || counts.every((c) => c === 0),
  };
}

/** Expected new clients from a number reached, with capacity: the same arithmetic as computeFunnel. */
export function customersFrom(reach: number, inputs: FunnelInputs): number {
  return funnelCounts({ ...inputs, reach }).counts[5]!;
}
