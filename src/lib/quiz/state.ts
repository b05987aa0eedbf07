/**
 * The quiz widget's state, declared once (the widget contract): which
 * attempt's order is on screen and which question the learner is at. Both
 * live in the address bar, so "link to this attempt" and a reload land on the
 * same questions in the same order. The keys are the quiz's own (a chapter
 * page also carries the funnel's `seed`); links made before, with `?seed=`,
 * are still read on the quiz pages.
 */
import { defineState, parseNumber, type Values } from '../url-state/index.ts';

export const quizState = defineState({
  /** The seed of the attempt's order; 0 = none given: the attempt in progress, or the next fresh one. */
  attempt: { kind: 'number', default: 0, min: 0, max: 0xffffffff, integer: true, label: 'Attempt order' },
  /** 1-based number of the question last worked on; 0 = none. */
  question: { kind: 'number', default: 0, min: 0, max: 200, integer: true, label: 'Question' },
});

export type QuizValues = Values<typeof quizState.fields>;

/** The attempt seed of an old link (`?seed=123`), or 0 when there is none or it is unusable. */
export function legacySeed(query: string): number {
  let raw: string | null;
  try {
    raw = new URLSearchParams(query).get('seed');
  } catch {
    return 0;
  }
  const { value, notice } = parseNumber('seed', raw, quizState.fields.attempt);
  return notice ? 0 : value;
}
