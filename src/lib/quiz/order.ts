/**
 * Where an order question starts. The learner must do real work: the
 * starting arrangement is at least half-way from solved (no more than half
 * the items already in a right relative order), and the same items and seed
 * always give the same start, on the server and in the browser.
 */
import { createRng, shuffle } from '../random/index.ts';
import { longestIncreasingRun } from './score.ts';

const TRIES = 64;

/**
 * A permutation of the item indexes (index i is the item's right place) whose
 * longest run in the right relative order covers at most half the items.
 */
export function startingOrder(items: readonly string[], seed: number): number[] {
  const n = items.length;
  const identity = Array.from({ length: n }, (_, i) => i);
  if (n < 2) return identity;
  const limit = Math.floor(n / 2);
  const rng = createRng(seed);
  for (let t = 0; t < TRIES; t++) {
    const order = shuffle(identity, rng);
    if (longestIncreasingRun(order) <= limit) return order;
  }
  // Reversed, no two items are in the right relative order.
  return identity.reverse();
}
