/** Seeded shuffling per attempt, the final-exam draw and the review quiz. */
import { describe, expect, it } from 'vitest';
import { startingOrder } from '~/lib/quiz/order';
import { longestIncreasingRun } from '~/lib/quiz/score';
import { attemptSeed, drawExam, layoutAttempt, layoutQuestion } from '~/lib/quiz/attempt';
import { createRng } from '~/lib/random';
import type { Question } from '~/lib/quiz/types';

const base = { prompt: 'P?', explanation: 'An explanation.', ref: 'a#b' };
const opt = (text: string, correct = false) => ({ text, correct, why: `why ${text}` });
const questions = [
  { ...base, id: 's', key: 'c/s', type: 'single', options: [opt('a', true), opt('b'), opt('c'), opt('d')] },
  { ...base, id: 'o', key: 'c/o', type: 'order', items: ['1', '2', '3', '4', '5', '6'] },
  { ...base, id: 'm', key: 'c/m', type: 'match', pairs: [{ item: 'a', match: 'A' }, { item: 'b', match: 'B' }, { item: 'c', match: 'C' }], distractors: ['D'] },
  { ...base, id: 't', key: 'c/t', type: 'truefalse', answer: true },
] as (Question & { key: string })[];

const isPerm = (xs: number[], n: number) => xs.length === n && new Set(xs).size === n && xs.every((x) => x >= 0 && x < n);

describe('seeded layouts', () => {
  it('the same seed gives the same attempt', () => {
    expect(layoutAttempt(questions, 42)).toEqual(layoutAttempt(questions, 42));
    expect(layoutAttempt(questions, 42, { shuffleQuestions: true })).toEqual(
      layoutAttempt(questions, 42, { shuffleQuestions: true }),
    );
  });
  it('different seeds give different layouts', () => {
    const a = JSON.stringify(layoutAttempt(questions, 1).layouts);
    const differs = [2, 3, 4, 5].some((s) => JSON.stringify(layoutAttempt(questions, s).layouts) !== a);
    expect(differs).toBe(true);
  });
  it('layouts are permutations of the options, items and choices', () => {
    for (let seed = 0; seed < 50; seed++) {
      const { layouts } = layoutAttempt(questions, seed);
      expect(isPerm(layouts['c/s']!.order, 4)).toBe(true);
      expect(isPerm(layouts['c/o']!.order, 6)).toBe(true);
      expect(isPerm(layouts['c/m']!.order, 3)).toBe(true);
      expect(isPerm(layouts['c/m']!.choices, 4)).toBe(true);
      expect(layouts['c/t']!.order).toEqual([]);
    }
  });
  it('an order question never starts already in the right order', () => {
    const q = { ...base, id: 'o2', type: 'order', items: ['a', 'b'] } as Question;
    for (let seed = 0; seed < 200; seed++) {
      expect(layoutQuestion(q, createRng(seed)).order).not.toEqual([0, 1]);
    }
  });
  it('an order question starts from startingOrder: at least half-way from solved, the same for the same seed', () => {
    for (const n of [2, 3, 4, 5, 6, 7]) {
      const items = Array.from({ length: n }, (_, i) => `item ${i}`);
      for (let seed = 0; seed < 300; seed++) {
        const start = startingOrder(items, seed);
        expect(isPerm(start, n)).toBe(true);
        // Untouched, it would score at most half.
        expect(longestIncreasingRun(start)).toBeLessThanOrEqual(Math.floor(n / 2));
        expect(startingOrder(items, seed)).toEqual(start);
      }
    }
    expect(startingOrder([], 1)).toEqual([]);
    expect(startingOrder(['only'], 1)).toEqual([0]);
  });
  it('attempt seeds differ per quiz and per attempt, and repeat exactly', () => {
    expect(attemptSeed('x', 1)).toBe(attemptSeed('x', 1));
    expect(attemptSeed('x', 1)).not.toBe(attemptSeed('x', 2));
    expect(attemptSeed('x', 1)).not.toBe(attemptSeed('y', 1));
  });
});

describe('final exam draw', () => {
  const pool = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].flatMap((c) =>
    Array.from({ length: 9 }, (_, i) => ({ key: `${c}/q${i}`, chapter: c })),
  );
  it('draws 25 distinct questions, 3 or 4 from each of 8 chapters', () => {
    for (const seed of [1, 2, 3, 99, 12345]) {
      const exam = drawExam(pool, seed);
      expect(exam).toHaveLength(25);
      expect(new Set(exam.map((q) => q.key)).size).toBe(25);
      const per = new Map<string, number>();
      for (const q of exam) per.set(q.chapter, (per.get(q.chapter) ?? 0) + 1);
      expect(per.size).toBe(8);
      for (const n of per.values()) expect([3, 4]).toContain(n);
    }
  });
  it('is reproducible from its seed and varies between seeds', () => {
    expect(drawExam(pool, 7)).toEqual(drawExam(pool, 7));
    expect(drawExam(pool, 7).map((q) => q.key)).not.toEqual(drawExam(pool, 8).map((q) => q.key));
  });
  it('takes what there is when the pool is small or lopsided', () => {
    expect(drawExam(pool.slice(0, 10), 1)).toHaveLength(10);
    const lopsided = [...pool.filter((q) => q.chapter === 'a'), { key: 'b/x', chapter: 'b' }];
    const exam = drawExam(lopsided, 3, 5);
    expect(exam).toHaveLength(5);
    expect(exam.some((q) => q.key === 'b/x')).toBe(true);
    expect(drawExam([], 1)).toEqual([]);
  });
});
