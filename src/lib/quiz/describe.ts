/**
 * Plain-text descriptions of answers, for the no-JavaScript disclosure, the
 * "Show answer" feedback and the per-item marks after a check.
 */
import { matchChoices } from './score.ts';
import type { Question } from './types.ts';

export interface AnswerLine {
  /** What the line is about, e.g. an item to place; empty for single answers. */
  label: string;
  value: string;
}

/** The right answer as lines a page can list. */
export function describeAnswer(q: Question): AnswerLine[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.filter((o) => o.correct).map((o) => ({ label: '', value: o.text }));
    case 'truefalse':
      return [{ label: '', value: q.answer ? 'True' : 'False' }];
    case 'order':
      return q.items.map((it, i) => ({ label: String(i + 1), value: it }));
    case 'categorize':
      return q.items.map((it) => ({ label: it.text, value: it.category }));
    case 'match': {
      const choices = matchChoices(q);
      return q.pairs.map((p, i) => ({ label: p.item, value: choices[i]! }));
    }
  }
}

/** What the learner is asked to do, in one short sentence. */
export function instruction(q: Question): string {
  switch (q.type) {
    case 'single':
      return 'Choose one answer.';
    case 'multiple':
      return 'Choose all the answers that apply.';
    case 'truefalse':
      return 'Choose true or false.';
    case 'order':
      return 'Put the items in order with the Move up and Move down buttons.';
    case 'categorize':
      return 'Choose a category for each item.';
    case 'match':
      return 'Choose the matching answer for each item.';
  }
}

/** A score of 0..1 as "2 of 3 right" style text for partial credit. */
export function partsRight(q: Question, score: number): string | null {
  const n =
    q.type === 'order'
      ? q.items.length
      : q.type === 'categorize'
        ? q.items.length
        : q.type === 'match'
          ? q.pairs.length
          : q.type === 'multiple'
            ? q.options.filter((o) => o.correct).length
            : 0;
  if (n === 0) return null;
  const k = Math.round(score * n);
  if (q.type === 'order') return `${k} of ${n} items are in the right order relative to each other.`;
  if (q.type === 'multiple') return `${k} of ${n} points: each right choice earns one, each wrong choice takes one away.`;
  return `${k} of ${n} placed right.`;
}

/** "3.5" style score text: whole numbers plain, halves and thirds to one decimal. */
export function formatPoints(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/**
 * A share 0..1 as a whole percentage ("70%"), printed like formatPercent(x, 0).
 * Quiz widgets use this instead of the d3-format based formatter so quiz
 * pages stay well inside the 40 KB script budget.
 */
export function percent(share: number): string {
  return `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;
}
