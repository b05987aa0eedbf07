/**
 * Maria's journey with Leafline (chapter 6): the schema of content/journey.yaml,
 * the market numbers behind each phase, and the layout of the journey map.
 * Layout is plain numbers from the guide's scales, so the view only draws.
 */
import { linearScale, symlogScale } from '../scale/index.ts';
import { TEAMS, type Team } from '../vocabulary/teams.ts';
import { JOURNEY_STAGES, JOURNEY_STAGE_LABELS, type JourneyStage } from './stages.ts';
import type { JourneyValues } from './state.ts';
import type { JourneyPhase, Touchpoint } from './schema.ts';

export * from './stages.ts';
export type { JourneyPhase, Touchpoint } from './schema.ts';

/** The map's two lanes: marketing above, sales below. */
export const LANES = TEAMS;
export type Lane = Team;
type Stage = JourneyStage;

/**
 * The funnel model's default scenario (chapter 4), per month. Kept here as
 * plain numbers so the map shows the same figures as the funnel simulator.
 */
export const FUNNEL_DEFAULTS = {
  reached: 20_000,
  interestRate: 0.1,
  desireRate: 0.25,
  actionRate: 0.2,
  qualifyRate: 0.5,
  winRate: 0.25,
} as const;

/**
 * After the purchase the funnel has no default numbers, so the map states
 * its assumptions. Each rate applies to the phase before it.
 */
export const AFTER_PURCHASE = {
  /** Share of new clients still with Leafline after their first year. */
  retention: 0.9,
  /** Share of those loyal clients who buy more in a year (planters, flowers, moss walls). */
  repeat: 0.3,
  /** Share of loyal clients who refer another business in a year. */
  referral: 0.2,
} as const;

export interface MarketPhase {
  stage: Stage;
  /** People (or clients) at this phase from one month's funnel. */
  count: number;
  /** What the count counts, e.g. "people reached". */
  unit: string;
  /** How the number follows from the one before, in plain words. */
  basis: string;
  /** True where the number rests on a stated assumption rather than the funnel defaults. */
  assumed: boolean;
}

function pct(r: number): string {
  return `${Math.round(r * 1000) / 10}%`;
}

/** The market view: how many of one month's audience reach each phase. */
export function marketCounts(f: typeof FUNNEL_DEFAULTS = FUNNEL_DEFAULTS, a: typeof AFTER_PURCHASE = AFTER_PURCHASE): MarketPhase[] {
  const interest = f.reached * f.interestRate;
  const desire = interest * f.desireRate;
  const leads = desire * f.actionRate;
  const opportunities = leads * f.qualifyRate;
  const clients = opportunities * f.winRate;
  const loyal = clients * a.retention;
  const repeat = loyal * a.repeat;
  const referrals = loyal * a.referral;
  return [
    { stage: 'awareness', count: f.reached, unit: 'people reached', basis: 'People in the city who see something from Leafline in a month.', assumed: false },
    { stage: 'interest', count: interest, unit: 'interested', basis: `${pct(f.interestRate)} of them visit the site, follow or subscribe.`, assumed: false },
    { stage: 'desire', count: desire, unit: 'weighing it up', basis: `${pct(f.desireRate)} of those read the guide, use the quote calculator or download the price list.`, assumed: false },
    { stage: 'action', count: leads, unit: 'leads', basis: `${pct(f.actionRate)} of those ask for a quote or book a walk-through; marketing hands them to sales.`, assumed: false },
    { stage: 'purchase', count: clients, unit: 'new clients', basis: `Sales qualifies ${pct(f.qualifyRate)} (${opportunities} opportunities) and wins ${pct(f.winRate)} of those.`, assumed: false },
    { stage: 'loyalty', count: loyal, unit: 'clients who stay', basis: `Assumption: ${pct(a.retention)} of new clients renew after their first year.`, assumed: true },
    { stage: 'repeat-purchase', count: repeat, unit: 'clients who buy more', basis: `Assumption: ${pct(a.repeat)} of clients who stay buy more plants, planters or flowers in a year.`, assumed: true },
    { stage: 'referral', count: referrals, unit: 'referrals', basis: `Assumption: ${pct(a.referral)} of clients who stay recommend Leafline to another business in a year.`, assumed: true },
  ];
}

/** Touchpoints in the order Maria meets them, each numbered from 1. */
export interface PlacedTouchpoint extends Touchpoint {
  stage: Stage;
  step: number;
  x: number;
  y: number;
}

export interface PhaseColumn {
  stage: Stage;
  label: string;
  /** The label in one or two lines, so long names fit narrow columns. */
  lines: string[];
  x0: number;
  x1: number;
  cx: number;
}

export interface MarketBar {
  stage: Stage;
  cx: number;
  y: number;
  height: number;
  count: number;
  unit: string;
  assumed: boolean;
}

export interface JourneyLayout {
  width: number;
  height: number;
  columns: PhaseColumn[];
  lanes: Record<Lane, { y0: number; y1: number; cy: number }>;
  band: { y0: number; y1: number };
  touchpoints: PlacedTouchpoint[];
  bars: MarketBar[];
}

/** Fewest touchpoint slots a phase gets, so its label fits. */
export const MIN_SLOTS = 2;

export const MAP_SIZE = { width: 820, height: 340, top: 48, laneHeight: 88, bandHeight: 110, left: 8, right: 8 } as const;

/**
 * Positions for every mark on the map: phases are columns on the x axis (a
 * linear scale over slots, wider where a lane is busier); within a phase each lane's touchpoints spread evenly; the
 * market bars in the middle band use a symmetric-log scale so 20,000 and 2 both read.
 */
export function layoutJourney(phases: readonly JourneyPhase[], market: readonly MarketPhase[] = marketCounts()): JourneyLayout {
  const { width, height, top, laneHeight, bandHeight, left, right } = MAP_SIZE;
  const ordered = JOURNEY_STAGES.filter((s) => phases.some((p) => p.id === s));
  // A phase is as wide as its busiest lane needs (at least two slots), so
  // crowded phases such as the purchase get room instead of overlapping marks.
  const weights = ordered.map((stage) => {
    const phase = phases.find((p) => p.id === stage)!;
    return Math.max(MIN_SLOTS, ...LANES.map((l) => phase.touchpoints.filter((t) => t.lane === l).length));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const x = linearScale([0, Math.max(1, total)], [left, width - right]);
  const gap = 4;
  const lanes = {
    marketing: { y0: top, y1: top + laneHeight, cy: top + laneHeight / 2 },
    sales: { y0: top + laneHeight + bandHeight, y1: top + 2 * laneHeight + bandHeight, cy: top + laneHeight + bandHeight + laneHeight / 2 },
  };
  const band = { y0: top + laneHeight, y1: top + laneHeight + bandHeight };
  let acc = 0;
  const columns: PhaseColumn[] = ordered.map((stage, i) => {
    const x0 = x(acc) + (i === 0 ? 0 : gap / 2);
    acc += weights[i]!;
    const x1 = x(acc) - (i === ordered.length - 1 ? 0 : gap / 2);
    const label = JOURNEY_STAGE_LABELS[stage];
    // About 8 units per character at the map's label size.
    const lines = label.length * 8 > x1 - x0 && label.includes(' ') ? label.split(' ') : [label];
    return { stage, label, lines, x0, x1, cx: (x0 + x1) / 2 };
  });

  const touchpoints: PlacedTouchpoint[] = [];
  let step = 0;
  for (const stage of ordered) {
    const phase = phases.find((p) => p.id === stage)!;
    const col = columns.find((c) => c.stage === stage)!;
    for (const lane of LANES) {
      const inLane = phase.touchpoints.filter((t) => t.lane === lane);
      inLane.forEach((t, i) => {
        // Even spread: each touchpoint in the middle of its own slot of the column.
        const xi = col.x0 + ((col.x1 - col.x0) * (i + 0.5)) / inLane.length;
        touchpoints.push({ ...t, stage, step: 0, x: xi, y: lanes[lane].cy });
      });
    }
    // Steps follow the order in the file, which is the order Maria meets them.
    for (const t of phase.touchpoints) {
      const placed = touchpoints.find((p) => p.id === t.id)!;
      placed.step = ++step;
    }
  }
  touchpoints.sort((a, b) => a.step - b.step);

  const counts = market.filter((m) => ordered.includes(m.stage));
  const maxCount = Math.max(1, ...counts.map((m) => m.count));
  const y = symlogScale([1, maxCount], [8, bandHeight - 34]);
  const bars: MarketBar[] = counts.map((m) => {
    const h = y(Math.max(1, m.count));
    const col = columns.find((c) => c.stage === m.stage)!;
    return { stage: m.stage, cx: col.cx, y: band.y1 - 6 - h, height: h, count: m.count, unit: m.unit, assumed: m.assumed };
  });

  return { width, height, columns, lanes, band, touchpoints, bars };
}

/** Maria's path through her touchpoints as an SVG path string, in step order. */
export function buyerPath(touchpoints: readonly PlacedTouchpoint[]): string {
  return touchpoints.map((t, i) => `${i === 0 ? 'M' : 'L'}${round(t.x)},${round(t.y)}`).join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Roving focus on the map: arrow keys move along the journey (left/right)
 * or to the nearest touchpoint in the other lane (up/down); Home/End jump.
 * Returns the index to focus, or null when the key is not ours.
 */
export function moveFocus(touchpoints: readonly PlacedTouchpoint[], index: number, key: string): number | null {
  const n = touchpoints.length;
  if (n === 0) return null;
  const cur = touchpoints[Math.min(Math.max(index, 0), n - 1)]!;
  switch (key) {
    case 'ArrowRight':
      return Math.min(n - 1, index + 1);
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    case 'ArrowUp':
    case 'ArrowDown': {
      const target: Lane = key === 'ArrowUp' ? 'marketing' : 'sales';
      if (cur.lane === target) return index;
      let best = -1;
      let bestD = Infinity;
      touchpoints.forEach((t, i) => {
        if (t.lane !== target) return;
        const d = Math.abs(t.x - cur.x);
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      });
      return best < 0 ? index : best;
    }
    default:
      return null;
  }
}

/** The index (in step order) of the touchpoint a state selects: the n-th of its stage, clamped. */
export function selectedIndex(touchpoints: readonly PlacedTouchpoint[], v: Pick<JourneyValues, 'journeystage' | 'journeypoint'>): number {
  if (touchpoints.length === 0) return -1;
  const inStage = touchpoints.map((t, i) => ({ t, i })).filter((x) => x.t.stage === v.journeystage);
  if (inStage.length === 0) {
    // A stage without touchpoints: the first touchpoint after it in the journey.
    const rank = JOURNEY_STAGES.indexOf(v.journeystage);
    const after = touchpoints.findIndex((t) => JOURNEY_STAGES.indexOf(t.stage) > rank);
    return after < 0 ? touchpoints.length - 1 : after;
  }
  const n = Math.min(inStage.length, Math.max(1, Math.round(v.journeypoint)));
  return inStage[n - 1]!.i;
}

/** The state that selects touchpoint `index`: its stage and its place (from 1) within the stage. */
export function selectionOf(touchpoints: readonly PlacedTouchpoint[], index: number): Pick<JourneyValues, 'journeystage' | 'journeypoint'> {
  const t = touchpoints[Math.min(Math.max(0, index), touchpoints.length - 1)];
  if (!t) return { journeystage: JOURNEY_STAGES[0], journeypoint: 1 };
  const point = touchpoints.slice(0, touchpoints.indexOf(t) + 1).filter((x) => x.stage === t.stage).length;
  return { journeystage: t.stage, journeypoint: point };
}

/** One cell of the stage strip: the phase, how many touchpoints each team leads in it, and the month's number. */
export interface StripCell {
  stage: JourneyStage;
  label: string;
  /** What Maria does in this phase. */
  buyer: string;
  marketing: number;
  sales: number;
  /** Who leads the phase: the team with more touchpoints, or both when level. */
  lead: Team | 'both';
  count: number;
  unit: string;
  assumed: boolean;
}

/** The journey as one strip of phases, for the projector and the summary under the map. */
export function stageStrip(phases: readonly JourneyPhase[], market: readonly MarketPhase[] = marketCounts()): StripCell[] {
  return JOURNEY_STAGES.flatMap((stage) => {
    const phase = phases.find((p) => p.id === stage);
    if (!phase) return [];
    const m = market.find((x) => x.stage === stage);
    const marketing = phase.touchpoints.filter((t) => t.lane === 'marketing').length;
    const sales = phase.touchpoints.filter((t) => t.lane === 'sales').length;
    const lead = marketing > sales ? 'marketing' : sales > marketing ? 'sales' : 'both';
    return [{ stage, label: JOURNEY_STAGE_LABELS[stage], buyer: phase.buyer, marketing, sales, lead, count: m?.count ?? 0, unit: m?.unit ?? '', assumed: m?.assumed ?? false }];
  });
}
