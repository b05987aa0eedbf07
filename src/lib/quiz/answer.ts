/**
 * The answer reducers: every edit a learner makes to an answer, as a pure
 * function from the old answer to the new one. Indexes always point into the
 * question as written, never into the shuffled view. An edit that does not
 * fit the answer's type returns the answer unchanged.
 */
import { matchChoices } from './score.ts';
import type { Answer, Question } from './types.ts';

/** Single choice: pick option `i`. */
export function chooseOne(a: Answer, i: number): Answer {
  return a.type === 'single' ? { type: 'single', choice: i } : a;
}

/** Multiple choice: tick or untick option `i`; choices stay sorted. */
export function toggleChoice(a: Answer, i: number, on: boolean): Answer {
  if (a.type !== 'multiple') return a;
  const set = new Set(a.choices);
  if (on) set.add(i);
  else set.delete(i);
  return { type: 'multiple', choices: [...set].sort((x, y) => x - y) };
}

/** True/false: answer `v`. */
export function setTruth(a: Answer, v: boolean): Answer {
  return a.type === 'truefalse' ? { type: 'truefalse', value: v } : a;
}

/** Categorize or match: place item `item` on choice `choice` (null clears it). */
export function placeItem(a: Answer, item: number, choice: number | null): Answer {
  if (a.type !== 'categorize' && a.type !== 'match') return a;
  if (item < 0 || item >= a.placed.length) return a;
  const placed = a.placed.slice();
  placed[item] = choice;
  return { type: a.type, placed };
}

/** Order: move the item at position `pos` one step up (-1) or down (+1). */
export function moveItem(a: Answer, pos: number, delta: -1 | 1): Answer {
  if (a.type !== 'order') return a;
  const to = pos + delta;
  if (pos < 0 || pos >= a.order.length || to < 0 || to >= a.order.length) return a;
  const order = a.order.slice();
  [order[pos], order[to]] = [order[to]!, order[pos]!];
  return { type: 'order', order };
}

/** Is option `i` chosen (single and multiple choice)? */
export function isChosen(a: Answer, i: number): boolean {
  if (a.type === 'single') return a.choice === i;
  if (a.type === 'multiple') return a.choices.includes(i);
  return false;
}

/** Is item `i` of a categorize or match question placed right? */
export function itemRight(q: Question, a: Answer, i: number): boolean {
  if (q.type === 'categorize' && a.type === 'categorize') {
    const c = a.placed[i];
    return c !== null && c !== undefined && q.categories[c] === q.items[i]?.category;
  }
  if (q.type === 'match' && a.type === 'match') {
    const c = a.placed[i];
    return c !== null && c !== undefined && matchChoices(q)[c] === q.pairs[i]?.match;
  }
  return false;
}

/** Order: is the item at position `pos` where it belongs? */
export function orderRight(a: Answer, pos: number): boolean {
  return a.type === 'order' && a.order[pos] === pos;
}

/** Order: the answer still equals where the question started (nothing moved). */
export function untouchedOrder(a: Answer, start: readonly number[]): boolean {
  return a.type === 'order' && a.order.length === start.length && a.order.every((v, i) => v === start[i]);
}

/**
 * The learner's answer in words, for review cards ("You answered: …").
 * Returns one line per part; an empty list when nothing was given.
 */
export function describeGiven(q: Question, a: Answer): string[] {
  if (a.type !== q.type) return [];
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.flatMap((o, i) => (isChosen(a, i) ? [o.text] : []));
    case 'truefalse':
      return a.type === 'truefalse' && a.value !== null ? [a.value ? 'True' : 'False'] : [];
    case 'order':
      return a.type === 'order' ? a.order.map((i, pos) => `${pos + 1}. ${q.items[i] ?? ''}`) : [];
    case 'categorize':
      return a.type === 'categorize'
        ? q.items.map((it, i) => `${it.text}: ${labelOf(q.categories, a.placed[i])}`)
        : [];
    case 'match': {
      const choices = matchChoices(q);
      return a.type === 'match' ? q.pairs.map((p, i) => `${p.item}: ${labelOf(choices, a.placed[i])}`) : [];
    }
  }
}

function labelOf(labels: readonly string[], i: number | null | undefined): string {
  return i === null || i === undefined ? 'not placed' : (labels[i] ?? 'not placed');
}
