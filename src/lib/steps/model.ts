/**
 * The six steps of a sale: their ids and shape, and how the stepper moves
 * between them (keys, previous/next, what a jump skips). The open step itself
 * is the state in `state.ts`. Pure: no DOM, no Svelte.
 */

/** The six steps, in order; the YAML must list exactly these ids. */
export const SALES_STEPS = [
  'prospecting',
  'approach',
  'presentation',
  'objection-handling',
  'closing',
  'follow-up',
] as const;

export type StepId = (typeof SALES_STEPS)[number];

/** One step as the stepper shows it (the shape the schema produces). */
export interface SalesStep {
  id: StepId;
  title: string;
  goal: string;
  salesperson: string;
  buyer: string;
  example: string;
  mistake: string;
  metric: string;
  marketing: string;
  /** What goes wrong when a salesperson skips this step. */
  skipped: string;
}

export const STEP_COUNT: number = SALES_STEPS.length;

/** Any number to a valid 0-based index. */
export function clampIndex(index: number, count = STEP_COUNT): number {
  if (!Number.isFinite(index) || count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, Math.round(index)));
}

/**
 * Where a key press moves the selected tab (WAI-ARIA tabs pattern): arrows
 * wrap around, Home and End jump to the ends. Both arrow axes work so the
 * same keys serve the horizontal track and the vertical one on phones.
 * Returns null for keys the tablist does not handle.
 */
export function keyToIndex(key: string, index: number, count = STEP_COUNT): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Previous/next buttons do not wrap: null when there is nowhere to go. */
export function neighbour(index: number, direction: -1 | 1, count = STEP_COUNT): number | null {
  const next = index + direction;
  return next < 0 || next >= count ? null : next;
}

/**
 * The steps passed over when the reader jumps forward more than one step
 * (1 → 3 skips step 2); empty for a move of one step or backwards.
 */
export function skippedBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from + 1; i < to; i++) out.push(i);
  return out;
}
