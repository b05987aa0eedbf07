/**
 * The recap stepper as pure functions: which moment is showing, moving through
 * them (clamped at both ends), the keys that move, and what a screen reader
 * hears. The moment on show is the state (state.ts). No DOM, no Svelte.
 */
import { TEAM_LABEL, TEAM_NOUN, type TeamOrBoth } from '../vocabulary/teams.ts';
import { PHASE_LABEL, RECAP_MOMENT_LABELS, type Phase, type RecapMoment } from './moments.ts';
import type { Moment } from './schema.ts';

/** "A, b and c". */
function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "Marketing funnel: Desire"; for several stages, "Sales process: Objection
 * handling and closing" (named by the phase of the first).
 */
export function stageLabel(stages: RecapMoment | readonly RecapMoment[]): string {
  const list = typeof stages === 'string' ? [stages] : stages;
  const first = list[0];
  if (!first) return '';
  const labels = list.map((s, i) => (i === 0 ? RECAP_MOMENT_LABELS[s].label : RECAP_MOMENT_LABELS[s].label.toLowerCase()));
  return `${PHASE_LABEL[RECAP_MOMENT_LABELS[first].phase]}: ${joinList(labels)}`;
}

/** The phase a moment belongs to: that of its first stage. */
export function phaseOf(moment: Pick<Moment, 'stages'>): Phase {
  return RECAP_MOMENT_LABELS[moment.stages[0]!].phase;
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

/** What the live region says after a move: position, headline, who acts. */
export function announcement(moments: readonly Moment[], index: number): string {
  const m = moments[clampIndex(index, moments.length)];
  if (!m) return '';
  const team = actsLabel(m.team);
  return `Moment ${clampIndex(index, moments.length) + 1} of ${moments.length}: ${m.title}. ${team}.`;
}

/** How many moments each team leads, for the summary under the track. */
export function teamCounts(moments: readonly Pick<Moment, 'team'>[]): Record<TeamOrBoth, number> {
  const counts: Record<TeamOrBoth, number> = { sales: 0, marketing: 0, both: 0 };
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

/** "Marketing acts", "Both teams act". */
export function actsLabel(team: TeamOrBoth): string {
  return team === 'both' ? `${TEAM_NOUN.both} act` : `${TEAM_LABEL[team]} acts`;
}

/** "Why marketing", "Why both teams". */
export function whyLabel(team: TeamOrBoth): string {
  return `Why ${TEAM_NOUN[team].toLowerCase()}`;
}

/** The 0-based index of the moment a state shows, clamped to the list. */
export function momentIndex(moment: number, count: number): number {
  return clampIndex(moment - 1, count);
}
