/**
 * Seeded shuffling per attempt and the final-exam draw. The same seed always
 * gives the same attempt, so one can be reproduced.
 */
import { createRng, hashSeed, shuffle, type Rng } from '../random/index.ts';
import { startingOrder } from './order.ts';
import { FINAL_EXAM_SIZE } from './types.ts';
import type { Question } from './types.ts';

/** How one question is laid out in one attempt. Indices point into the question as written. */
export interface Layout {
  /** single/multiple: option order; order: starting order; categorize/match: item order. */
  order: number[];
  /** match only: order of the choices in each select. */
  choices: number[];
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/**
 * The seed of attempt `n` (1, 2, …) of a quiz. The server renders attempt 1,
 * so the page a reader sees before JavaScript matches the first attempt.
 */
export function attemptSeed(quizId: string, n: number): number {
  return hashSeed(`${quizId}:attempt:${n}`);
}

/** Lays a question out for an attempt; an order question starts at least half-way from solved. */
export function layoutQuestion(q: Question, rng: Rng): Layout {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { order: shuffle(range(q.options.length), rng), choices: [] };
    case 'truefalse':
      return { order: [], choices: [] };
    case 'order':
      return { order: startingOrder(q.items, Math.floor(rng() * 0x100000000)), choices: [] };
    case 'categorize':
      return { order: shuffle(range(q.items.length), rng), choices: [] };
    case 'match':
      return {
        order: shuffle(range(q.pairs.length), rng),
        choices: shuffle(range(q.pairs.length + q.distractors.length), rng),
      };
  }
}

/** The question order and every question's layout for one attempt. */
export function layoutAttempt<Q extends Question & { key: string }>(
  questions: readonly Q[],
  seed: number,
  opts: { shuffleQuestions?: boolean } = {},
): { questions: Q[]; layouts: Record<string, Layout> } {
  const rng = createRng(seed);
  const ordered = opts.shuffleQuestions ? shuffle(questions, rng) : questions.slice();
  const layouts: Record<string, Layout> = {};
  for (const q of ordered) layouts[q.key] = layoutQuestion(q, rng);
  return { questions: ordered, layouts };
}

/**
 * Draws the final exam: `size` questions spread as evenly as possible across
 * chapters (each chapter gives ⌊size/chapters⌋, the remainder goes to chapters
 * picked by the seed), then shuffled together.
 */
export function drawExam<Q extends { key: string; chapter: string }>(
  pool: readonly Q[],
  seed: number,
  size = FINAL_EXAM_SIZE,
): Q[] {
  const rng = createRng(seed);
  const byChapter = new Map<string, Q[]>();
  for (const q of pool) {
    const list = byChapter.get(q.chapter) ?? [];
    list.push(q);
    byChapter.set(q.chapter, list);
  }
  const chapters = [...byChapter.keys()].sort();
  const target = Math.min(size, pool.length);
  if (chapters.length === 0) return [];
  const decks = new Map(chapters.map((c) => [c, shuffle(byChapter.get(c)!, rng)]));
  const picked: Q[] = [];
  // Round-robin over chapters in a seeded order until the exam is full.
  const turn = shuffle(chapters, rng);
  while (picked.length < target) {
    let took = false;
    for (const c of turn) {
      if (picked.length >= target) break;
      const deck = decks.get(c)!;
      const q = deck.shift();
      if (q) {
        picked.push(q);
        took = true;
      }
    }
    if (!took) break;
  }
  return shuffle(picked, rng);
}
