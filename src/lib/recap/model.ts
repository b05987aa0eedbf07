/**
 * The recap stepper as pure functions: which moment is showing, moving through
 * them (clamped at both ends), the keys that move, the URL parameter that
 * shares a moment, and what a screen reader hears. No DOM, no Svelte.
 */
import { parseNumber } from '../url-state/index.ts';
import type { Moment, StageId, Team } from './schema.ts';

/** The URL parameter naming the moment on show, 1-based (moment=3) or by id. */
export const MOMENT_PARAM = 'moment';

export const TEAM_LABEL: Record<Team, string> = { sales: 'Sales', marketing: 'Marketing', both: 'Both teams' };

/** The three parts of the journey a stage belongs to. */
export type Phase = 'funnel' | 'sale' | 'after';

export const PHASE_LABEL: Record<Phase, string> = {
  funnel: 'Marketing funnel',
  sale: 'Sales process',
  after: 'After the purchase',
};

/** Band labels where the long ones do not fit. */
export const PHASE_SHORT: Record<Phase, string> = { funnel: 'Funnel', sale: 'Sale', after: 'After' };

export const STAGES: Record<StageId, { label: string; phase: Phase }> = {
  awareness: { label: 'Awareness', phase: 'funnel' },
  interest: { label: 'Interest', phase: 'funnel' },
  desire: { label: 'Desire', phase: 'funnel' },
  action: { label: 'Action', phase: 'funnel' },
  prospecting: { label: 'Prospecting', phase: 'sale' },
  approach: { label: 'Approach', phase: 'sale' },
  presentation: { label: 'Presentation', phase: 'sale' },
  'objection-handling': { label: 'Objection handling', phase: 'sale' },
  closing: { label: 'Closing', phase: 'sale' },
  'follow-up': { label: 'Follow-up', phase: 'sale' },
  loyalty: { label: 'Loyalty', phase: 'after' },
  upsell: { label: 'Upselling', phase: 'after' },
  referral: { label: 'Referral', phase: 'after' },
};

/** "A, b and c". */
function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "Marketing funnel: Desire"; for several stages, "Sales process: Objection
 * handling and closing" (named by the phase of the first).
 */
export function stageLabel(stages: StageId | readonly StageId[]): string {
  const list = typeof stages === 'string' ? [stages] : stages;
  const first = list[0];
  if (!first) return '';
  const labels = list.map((s, i) => (i === 0 ? STAGES[s].label : STAGES[s].label.toLowerCase()));
  return `${PHASE_LABEL[STAGES[first].phase]}: ${joinList(labels)}`;
}

/** The phase a moment belongs to: that of its first stage. */
export function phaseOf(moment: Pick<Moment, 'stages'>): Phase {
  return STAGES[moment.stages[0]!].phase;
}

/** A whole number in [0, count − 1]; 0 for an empty list or a non-number. */
export function clampIndex(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

export type Move = 'first' | 'prev' | 'next' | 'last';

/** Where a move lands from `index` among `count` moments (never past either end). */
export function move(index: number, count: number, how: Move): number {
  switch (how) {
    case 'first':
      return 0;
    case 'last':
      return clampIndex(count - 1, count);
    case 'prev':
      return clampIndex(index - 1, count);
    case 'next':
      return clampIndex(index + 1, count);
  }
}

/** The move a key asks for while the widget has focus, or null for any other key. */
export function keyToMove(key: string): Move | null {
  switch (key) {
    case 'ArrowRight':
      return 'next';
    case 'ArrowLeft':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

export interface MomentFromUrl {
  index: number;
  /** Plain text, when the URL asked for something that is not there. */
  notice?: string;
}

/**
 * Reads `moment=` from a query string: a number from 1 to the count (clamped,
 * with a notice) or a moment's id. Missing means the first moment, silently.
 */
export function momentFromQuery(search: string | URLSearchParams, moments: readonly Pick<Moment, 'id'>[]): MomentFromUrl {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw = params.get(MOMENT_PARAM);
  const count = moments.length;
  if (raw === null || raw.trim() === '' || count === 0) return { index: 0 };
  const byId = moments.findIndex((m) => m.id === raw.trim().toLowerCase());
  if (byId >= 0) return { index: byId };
  const parsed = parseNumber(MOMENT_PARAM, raw, {
    kind: 'number',
    default: 1,
    min: 1,
    max: count,
    integer: true,
    label: 'Moment in the link',
  });
  return parsed.notice === undefined
    ? { index: parsed.value - 1 }
    : { index: clampIndex(parsed.value - 1, count), notice: parsed.notice };
}

/**
 * The query string with `moment=` set to the 1-based position, keeping any
 * other parameters on the page (another widget's state).
 */
export function momentQuery(search: string, index: number, count: number): string {
  const params = new URLSearchParams(search);
  params.set(MOMENT_PARAM, String(clampIndex(index, count) + 1));
  return `?${params.toString()}`;
}

/** What the live region says after a move: position, headline, who acts. */
export function announcement(moments: readonly Moment[], index: number): string {
  const m = moments[clampIndex(index, moments.length)];
  if (!m) return '';
  const team = m.team === 'both' ? 'Both teams act' : `${TEAM_LABEL[m.team]} acts`;
  return `Moment ${clampIndex(index, moments.length) + 1} of ${moments.length}: ${m.title}. ${team}.`;
}

/** How many moments each team leads, for the summary under the track. */
export function teamCounts(moments: readonly Pick<Moment, 'team'>[]): Record<Team, number> {
  const counts: Record<Team, number> = { sales: 0, marketing: 0, both: 0 };
  for (const m of moments) counts[m.team] += 1;
  return counts;
}

/** A run of consecutive moments in one phase, for the bands above the track. */
export interface PhaseSpan {
  phase: Phase;
  label: string;
  /** Index of the first moment in the run. */
  start: number;
  count: number;
}

/** Groups consecutive moments by phase (funnel, sale, after the purchase). */
export function phaseSpans(moments: readonly Pick<Moment, 'stages'>[]): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  moments.forEach((m, i) => {
    const phase = phaseOf(m);
    const last = spans[spans.length - 1];
    if (last && last.phase === phase) last.count += 1;
    else spans.push({ phase, label: PHASE_LABEL[phase], start: i, count: 1 });
  });
  return spans;
}
