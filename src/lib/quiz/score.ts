/**
 * Scoring, exactly as the issue defines it. Every function returns a share
 * between 0 and 1 and never throws on a half-finished answer.
 */
import { formatPercent } from '../format/percent.ts';
import type { Answer, Question } from './types.ts';

/** Length of the longest strictly increasing subsequence (patience sorting). */
export function longestIncreasingRun(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

/** Indices of the options marked correct. */
export function correctIndices(options: readonly { correct: boolean }[]): number[] {
  return options.flatMap((o, i) => (o.correct ? [i] : []));
}

/** The right answer to a question, in the Answer shape (used by Show answer). */
export function correctAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: correctIndices(q.options)[0] ?? null };
    case 'multiple':
      return { type: 'multiple', choices: correctIndices(q.options) };
    case 'truefalse':
      return { type: 'truefalse', value: q.answer };
    case 'order':
      return { type: 'order', order: q.items.map((_, i) => i) };
    case 'categorize':
      return { type: 'categorize', placed: q.items.map((it) => q.categories.indexOf(it.category)) };
    case 'match':
      return { type: 'match', placed: q.pairs.map((_, i) => i) };
  }
}

/** Score of one answer: 0..1. An answer of another type scores 0. */
export function scoreAnswer(q: Question, a: Answer): number {
  if (a.type !== q.type) return 0;
  switch (q.type) {
    case 'single': {
      const choice = (a as Extract<Answer, { type: 'single' }>).choice;
      return choice !== null && q.options[choice]?.correct === true ? 1 : 0;
    }
    case 'truefalse': {
      const value = (a as Extract<Answer, { type: 'truefalse' }>).value;
      return value === q.answer ? 1 : 0;
    }
    case 'multiple': {
      const chosen = new Set((a as Extract<Answer, { type: 'multiple' }>).choices);
      const right = correctIndices(q.options);
      if (right.length === 0) return 0;
      let hits = 0;
      let misses = 0;
      for (const i of chosen) {
        const opt = q.options[i];
        if (!opt) continue;
        if (opt.correct) hits++;
        else misses++;
      }
      return Math.max(0, hits - misses) / right.length;
    }
    case 'order': {
      const order = (a as Extract<Answer, { type: 'order' }>).order;
      const n = q.items.length;
      if (n === 0 || !isPermutation(order, n)) return 0;
      // Items are written in the right order, so an item's index is its right position.
      return longestIncreasingRun(order) / n;
    }
    case 'categorize': {
      const placed = (a as Extract<Answer, { type: 'categorize' }>).placed;
      if (q.items.length === 0) return 0;
      let right = 0;
      q.items.forEach((it, i) => {
        const c = placed[i];
        if (c !== null && c !== undefined && q.categories[c] === it.category) right++;
      });
      return right / q.items.length;
    }
    case 'match': {
      const placed = (a as Extract<Answer, { type: 'match' }>).placed;
      if (q.pairs.length === 0) return 0;
      const choices = matchChoices(q);
      let right = 0;
      q.pairs.forEach((p, i) => {
        const c = placed[i];
        if (c !== null && c !== undefined && choices[c] === p.match) right++;
      });
      return right / q.pairs.length;
    }
  }
}

/** A quiz's score: the mean of its question scores (0 for an empty quiz). */
export function quizScore(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  return scores.reduce((s, x) => s + x, 0) / scores.length;
}

/**
 * A share 0..1 as the whole percentage a learner is shown (half up). Float
 * dust is tidied first, so 0.695 (stored as 0.69499…) reads 70, as written.
 */
export function scorePercent(share: number): number {
  if (!Number.isFinite(share)) return 0;
  const clamped = Math.min(1, Math.max(0, share));
  return Math.round(Math.round(clamped * 1e6) / 1e4);
}

/**
 * The one pass rule: the whole percentage shown reaches the pass mark. The
 * verdict and the number on screen come from the same rounding, so a score
 * that shows "70%" always passes a 70 % mark.
 */
export function passes(score: number, passMark: number): boolean {
  return scorePercent(score) >= scorePercent(passMark);
}

/** A score as shown everywhere ("70%"): the value `passes` judges. */
export function formatScore(share: number): string {
  return formatPercent(scorePercent(share) / 100, 0);
}

/** The choices offered for every item of a match question: the right matches, then distractors. */
export function matchChoices(q: { pairs: { match: string }[]; distractors: string[] }): string[] {
  return [...q.pairs.map((p) => p.match), ...q.distractors];
}

export function isPermutation(order: readonly number[], n: number): boolean {
  if (order.length !== n) return false;
  const seen = new Set<number>();
  for (const i of order) {
    if (!Number.isInteger(i) || i < 0 || i >= n || seen.has(i)) return false;
    seen.add(i);
  }
  return true;
}

/** An empty answer of the question's type, with order items in the order shown. */
export function blankAnswer(q: Question, shownOrder?: readonly number[]): Answer {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: null };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'truefalse':
      return { type: 'truefalse', value: null };
    case 'order':
      return { type: 'order', order: shownOrder ? [...shownOrder] : q.items.map((_, i) => i) };
    case 'categorize':
      return { type: 'categorize', placed: q.items.map(() => null) };
    case 'match':
      return { type: 'match', placed: q.pairs.map(() => null) };
  }
}

/** True when the learner has given something to check (every item placed, an option picked). */
export function isComplete(q: Question, a: Answer): boolean {
  if (a.type !== q.type) return false;
  switch (a.type) {
    case 'single':
      return a.choice !== null;
    case 'multiple':
      return a.choices.length > 0;
    case 'truefalse':
      return a.value !== null;
    case 'order':
      return true;
    case 'categorize':
    case 'match':
      return a.placed.every((p) => p !== null);
  }
}

/**
 * Checks that data read back from storage is a well-formed answer to this
 * question (indices in range), so a tampered store cannot break the widget.
 */
export function isValidAnswer(q: Question, data: unknown): data is Answer {
  if (typeof data !== 'object' || data === null) return false;
  const a = data as Record<string, unknown>;
  if (a.type !== q.type) return false;
  const idx = (v: unknown, n: number) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < n;
  switch (q.type) {
    case 'single':
      return a.choice === null || idx(a.choice, q.options.length);
    case 'multiple':
      return (
        Array.isArray(a.choices) &&
        a.choices.every((c) => idx(c, q.options.length)) &&
        new Set(a.choices).size === a.choices.length
      );
    case 'truefalse':
      return a.value === null || typeof a.value === 'boolean';
    case 'order':
      return Array.isArray(a.order) && isPermutation(a.order as number[], q.items.length);
    case 'categorize':
      return (
        Array.isArray(a.placed) &&
        a.placed.length === q.items.length &&
        a.placed.every((p) => p === null || idx(p, q.categories.length))
      );
    case 'match':
      return (
        Array.isArray(a.placed) &&
        a.placed.length === q.pairs.length &&
        a.placed.every((p) => p === null || idx(p, q.pairs.length + q.distractors.length))
      );
  }
}
