/**
 * Where an order question starts. A seeded shuffle can land close to the
 * answer (or on it), so a learner who checks without moving anything would
 * earn most of the marks. The starting order here is always at least half-way
 * from solved: at least half of all pairs are the wrong way round, no item is
 * in its place when there are four or fewer, no run longer than a third of
 * the items (rounded up, and at least two) is already in the right order, so
 * a check without a move earns at most half the marks (two of three for three
 * items, 40 % for five, a third for six), and it is never the answer read
 * backwards (which one flip would solve).
 */
import { createRng, hashSeed, shuffle } from '../random/index.ts';
import { longestIncreasingRun } from './score.ts';

/** Pairs that are the wrong way round (Kendall tau distance to the solved order). */
export function inversions(order: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) if (order[i]! > order[j]!) n++;
  }
  return n;
}

/** The longest run of items in the right order a starting order may keep. */
export function maxRun(n: number): number {
  return Math.max(2, Math.ceil(n / 3));
}

/** True when `order` (a permutation of 0..n-1) is far enough from solved to start from. */
export function isFarFromSolved(order: readonly number[]): boolean {
  const n = order.length;
  if (n < 2) return true;
  const max = (n * (n - 1)) / 2;
  if (inversions(order) * 2 < max) return false;
  if (n <= 4 && order.some((v, i) => v === i)) return false;
  if (longestIncreasingRun(order) > maxRun(n)) return false;
  if (n >= 3 && order.every((v, i) => v === n - 1 - i)) return false;
  return true;
}

const TRIES = 64;

/**
 * A deterministic starting order for `items` (written in the right order):
 * the indexes of the items in the order they are shown. The same items and
 * seed always give the same order; different items with the same seed
 * usually differ.
 */
export function startingOrder(items: readonly string[], seed: number): number[] {
  const n = items.length;
  const solved = Array.from({ length: n }, (_, i) => i);
  if (n < 2) return solved;
  const rng = createRng((seed ^ hashSeed(items.join('\u241f'))) >>> 0);
  for (let t = 0; t < TRIES; t++) {
    const order = shuffle(solved, rng);
    if (isFarFromSolved(order)) return order;
  }
  return pairsBackwards(n);
}

/**
 * The fallback: the items in pairs, the pairs in reverse ([3, 4, 1, 2, 0] for
 * five). It always qualifies: every pair of items from different pairs is the
 * wrong way round, runs are at most two long, and no item stays in place.
 */
function pairsBackwards(n: number): number[] {
  if (n === 2) return [1, 0];
  const pairs: number[][] = [];
  for (let i = n % 2 === 1 ? 1 : 0; i < n; i += 2) pairs.push([i, i + 1]);
  if (n % 2 === 1) pairs.unshift([0]);
  return pairs.reverse().flat();
}
