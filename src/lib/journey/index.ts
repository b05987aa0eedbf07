/**
 * Maria's journey with Leafline (chapter 6): the schema of content/journey.yaml,
 * the market numbers behind each phase, and the layout of the journey map.
 * Layout is plain numbers from the guide's scales, so the view only draws.
 */
import { formatCount } from '../format/index.ts';
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
 * One month of Leafline's funnel, as the funnel model computes it from the
 * baseline scenario (content/scenarios/baseline.yaml): the counts at each
 * stage and the rates between them. The build passes it in (see
 * content/teams.ts), so the map and the simulator show the same figures.
 */
export interface MarketMonth {
  reached: number;
  interested: number;
  desiring: number;
  leads: number;
  opportunities: number;
  clients: number;
  /** The rates between stages, as fractions. */
  rates: { interest: number; desire: number; action: number; qualified: number; win: number };
}

/** The month from the funnel model's stage counts: reach, interest, desire, leads, opportunities, clients. */
export function marketMonth(counts: readonly number[], rates: MarketMonth['rates']): MarketMonth {
  const [reached = 0, interested = 0, desiring = 0, leads = 0, opportunities = 0, clients = 0] = counts;
  return { reached, interested, desiring, leads, opportunities, clients, rates };
}

/**
 * After the purchase the funnel stops, so the map states what it assumes.
 * Staying comes from the canon's monthly churn; buying more and referring are
 * assumptions of the map alone, each a share of the clients who stay.
 */
export interface AfterPurchase {
  /** Share of clients who leave in an average month, in % (the canon's economics.monthlyChurn). */
  monthlyChurn: number;
  /** Share of the clients who stay who buy more in a year (planters, flowers, moss walls). */
  repeat: number;
  /** Share of the clients who stay who refer another business in a year. */
  referral: number;
}

/** The map's own assumptions after the purchase; churn comes from the canon. */
export const AFTER_PURCHASE_ASSUMED = { repeat: 0.3, referral: 0.2 } as const;

/** Share of new clients still there after their twelve-month contract, at a steady monthly churn. */
export function yearRetention(monthlyChurnPercent: number): number {
  return (1 - Math.min(100, Math.max(0, monthlyChurnPercent)) / 100) ** 12;
}

export interface MarketPhase {
  stage: Stage;
  /** People (or clients) at this phase from one month's funnel. */
  count: number;
  /** What the count counts, e.g. "people reached". */
  unit: string;
  /** How the number follows from the one before, in plain words. */
  basis: string;
  /** True where the number rests on a stated assumption rather than the funnel's scenario. */
  assumed: boolean;
}

function pct(r: number): string {
  return `${Math.round(r * 1000) / 10}%`;
}

/** The market view: how many of one month's audience reach each phase. */
export function marketCounts(m: MarketMonth, a: AfterPurchase): MarketPhase[] {
  const stay = yearRetention(a.monthlyChurn);
  const loyal = m.clients * stay;
  const repeat = loyal * a.repeat;
  const referrals = loyal * a.referral;
  const r = m.rates;
  return [
    { stage: 'awareness', count: m.reached, unit: 'people reached', basis: 'People in the city who see something from Leafline in a month.', assumed: false },
    { stage: 'interest', count: m.interested, unit: 'interested', basis: `${pct(r.interest)} of them visit the site, follow or subscribe.`, assumed: false },
    { stage: 'desire', count: m.desiring, unit: 'weighing it up', basis: `${pct(r.desire)} of those read the guide, use the quote calculator or download the price list.`, assumed: false },
    { stage: 'action', count: m.leads, unit: 'leads', basis: `${pct(r.action)} of those ask for a quote or book a walk-through; marketing hands them to sales.`, assumed: false },
    { stage: 'purchase', count: m.clients, unit: 'new clients', basis: `Sales qualifies ${pct(r.qualified)} (${formatCount(m.opportunities)} opportunities) and wins ${pct(r.win)} of those.`, assumed: false },
    { stage: 'loyalty', count: loyal, unit: 'clients who stay', basis: `With ${pct(a.monthlyChurn / 100)} of clients leaving in an average month, ${pct(stay)} are still there when their first year ends.`, assumed: false },
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

/** Fewest touchpoint slots a phase gets. */
export const MIN_SLOTS = 2;

/**
 * The map's labels are 16 units high (JourneyChart.svelte): the map is never
 * drawn narrower than 640 px for its 820 units, so they read at 12.5 px or more.
 * A bold label character is about 10 units wide; labels keep 6 units clear each side.
 */
const LABEL_CHAR = 10;
const LABEL_PAD = 6;
/** Room for one touchpoint mark (30 units wide) and the gap to the next. */
const MARK_GAP = 40;

export const MAP_SIZE = { width: 820, height: 340, top: 48, laneHeight: 88, bandHeight: 110, left: 8, right: 8 } as const;

/**
 * Positions for every mark on the map: phases are columns on the x axis (a
 * linear scale over the room each needs: its busiest lane's marks or its
 * label); within a phase each lane's touchpoints spread evenly; the market
 * bars in the middle band use a symmetric-log scale so 20,000 and 2 both read.
 */
export function layoutJourney(phases: readonly JourneyPhase[], market: readonly MarketPhase[]): JourneyLayout {
  const { width, height, top, laneHeight, bandHeight, left, right } = MAP_SIZE;
  const ordered = JOURNEY_STAGES.filter((s) => phases.some((p) => p.id === s));
  // A phase is as wide as its busiest lane needs (at least two slots), so
  // crowded phases such as the purchase get room instead of overlapping marks.
  const busiest = ordered.map((stage) => {
    const phase = phases.find((p) => p.id === stage)!;
    return Math.max(MIN_SLOTS, ...LANES.map((l) => phase.touchpoints.filter((t) => t.lane === l).length));
  });
  // ...and at least as wide as its label's longest line, so neighbouring labels never touch.
  const need = ordered.map((stage, i) => {
    const words = JOURNEY_STAGE_LABELS[stage].split(' ');
    const label = Math.max(...words.map((w) => w.length)) * LABEL_CHAR + 2 * LABEL_PAD;
    return Math.max(busiest[i]! * MARK_GAP, label);
  });
  const total = need.reduce((a, b) => a + b, 0);
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
    acc += need[i]!;
    const x1 = x(acc) - (i === ordered.length - 1 ? 0 : gap / 2);
    const label = JOURNEY_STAGE_LABELS[stage];
    const lines = label.length * LABEL_CHAR + 2 * LABEL_PAD > x1 - x0 && label.includes(' ') ? label.split(' ') : [label];
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
export function stageStrip(phases: readonly JourneyPhase[], market: readonly MarketPhase[]): StripCell[] {
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
