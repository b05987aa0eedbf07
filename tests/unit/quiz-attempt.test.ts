/** Seeded shuffling per attempt, the final-exam draw and the review quiz. */
import { describe, expect, it } from 'vitest';
import { startingOrder } from '~/lib/quiz/order';
import { longestIncreasingRun } from '~/lib/quiz/score';
import { attemptSeed, drawExam, layoutAttempt, layoutQuestion, reviewQuestions } from '~/lib/quiz/attempt';
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

describe('review mistakes', () => {
  const pool = [{ key: 'a/1' }, { key: 'a/2' }, { key: 'b/1' }, { key: 'b/2' }];
  it.each<{ answers: Record<string, { score: number }>; expected: string[] }>([
    { answers: {}, expected: [] },
    { answers: { 'a/1': { score: 1 } }, expected: [] },
    { answers: { 'a/1': { score: 0 }, 'b/2': { score: 0.5 }, 'a/2': { score: 1 } }, expected: ['a/1', 'b/2'] },
    { answers: { 'x/9': { score: 0 } }, expected: [] },
  ])('$answers → $expected', ({ answers, expected }) => {
    expect(reviewQuestions(pool, answers).map((q) => q.key)).toEqual(expected);
  });
  it('keeps at most the limit', () => {
    const answers = Object.fromEntries(pool.map((q) => [q.key, { score: 0 }]));
    expect(reviewQuestions(pool, answers, 2)).toHaveLength(2);
  });
});

import { bandLayout } from '~/lib/quiz/chart';
describe('bar chart bands (same layout as d3 scaleBand with equal paddings)', () => {
  it.each([
    { keys: ['a', 'b'], range: [0, 100] as [number, number], padding: 0, starts: [0, 50], bw: 50 },
    { keys: ['a', 'b', 'c'], range: [0, 120] as [number, number], padding: 0.25, starts: [120 / 13, 600 / 13, 1080 / 13], bw: 360 / 13 },
    { keys: ['a'], range: [10, 50] as [number, number], padding: 0.5, starts: [10 + 40 / 3], bw: 40 / 3 },
  ])('$keys over $range, padding $padding', ({ keys, range, padding, starts, bw }) => {
    const b = bandLayout(keys, range, padding);
    keys.forEach((k, i) => expect(b.start(k)).toBeCloseTo(starts[i]!));
    expect(b.bandwidth).toBeCloseTo(bw);
    // The last band plus the outer padding ends at the range end.
    expect(b.start(keys[keys.length - 1]!) + b.bandwidth + (bw / (1 - padding)) * padding).toBeCloseTo(range[1]);
  });
  it('an empty list and an unknown key do not throw', () => {
    expect(bandLayout([], [0, 10]).bandwidth).toBe(0);
    expect(bandLayout(['a'], [5, 10]).start('z' as 'a')).toBe(5);
  });
});
