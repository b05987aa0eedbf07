/**
 * The starting order of an order question: deterministic, a permutation, and
 * always at least half-way from solved, for every length the schema allows.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inversions, isFarFromSolved, maxRun, startingOrder } from '~/lib/quiz/order';
import { longestIncreasingRun, isPermutation } from '~/lib/quiz/score';

const items = (n: number) => Array.from({ length: n }, (_, i) => `step ${i + 1}`);

describe('inversions', () => {
  it.each([
    [[0, 1, 2, 3], 0],
    [[1, 0, 2, 3], 1],
    [[3, 2, 1, 0], 6],
    [[2, 3, 0, 1], 4],
  ])('%j has %i pairs the wrong way round', (order, n) => {
    expect(inversions(order)).toBe(n);
  });
});

describe('isFarFromSolved', () => {
  it.each([
    [[0, 1, 2], false, 'solved'],
    [[0, 2, 1], false, 'one swap away, first item in place'],
    [[2, 1, 0], false, 'the answer backwards, middle item in place'],
    [[1, 2, 0], true, 'a rotation'],
    [[2, 0, 1], true, 'the other rotation'],
    [[1, 0, 3, 2], false, 'two swaps: only a third of the pairs wrong'],
    [[3, 2, 1, 0], false, 'the answer backwards'],
    [[2, 3, 0, 1], true, 'halves exchanged'],
    [[1, 0], true, 'the only other order of two'],
    [[1, 2, 3, 4, 0], false, 'four of five already in order'],
    [[3, 4, 1, 2, 0], true, 'pairs in reverse'],
    [[4, 5, 1, 2, 3, 0], false, 'a run of three in six'],
  ])('%j → %s (%s)', (order, far) => {
    expect(isFarFromSolved(order)).toBe(far);
  });
});

describe('startingOrder', () => {
  it('is the same for the same items and seed', () => {
    expect(startingOrder(items(6), 42)).toEqual(startingOrder(items(6), 42));
  });

  it('differs between seeds (most of the time)', () => {
    const seen = new Set(Array.from({ length: 20 }, (_, s) => startingOrder(items(6), s).join()));
    expect(seen.size).toBeGreaterThan(5);
  });

  it('leaves zero or one item alone', () => {
    expect(startingOrder([], 1)).toEqual([]);
    expect(startingOrder(['only'], 1)).toEqual([0]);
  });

  it.each([2, 3, 4, 5, 6, 7, 8])(
    'with %i items, every seed starts at least half-way from solved',
    (n) => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
          const order = startingOrder(items(n), seed);
          expect(isPermutation(order, n)).toBe(true);
          expect(inversions(order) * 2).toBeGreaterThanOrEqual((n * (n - 1)) / 2);
          if (n <= 4) expect(order.every((v, i) => v !== i)).toBe(true);
          // Checked untouched, it earns at most half the marks (two of three for three items).
          expect(longestIncreasingRun(order)).toBeLessThanOrEqual(maxRun(n));
          expect(longestIncreasingRun(order) / n).toBeLessThanOrEqual(n === 3 ? 2 / 3 : 0.5);
        }),
        { numRuns: 300 },
      );
    },
  );
});
