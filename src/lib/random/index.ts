/**
 * Seeded randomness. Every simulation in the guide draws from here so that
 * the same seed always gives the same numbers, in tests and in the browser.
 * The draws of the simulations (binomial, normal, quantiles) live in draws.ts,
 * so a page that only shuffles does not load d3-random.
 */

import { shuffler } from 'd3-array';

export type Rng = () => number;

/** Mulberry32: tiny, fast, good enough for teaching simulations. Returns [0, 1). */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from any string (FNV-1a), e.g. to seed per attempt or per page. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A new array in a seeded order (d3-array's Fisher–Yates); the input is left alone. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  return shuffler(rng)(items.slice());
}
