/**
 * Seeded randomness. Every simulation in the guide draws from here so that
 * the same seed always gives the same numbers, in tests and in the browser.
 */

import { quantile as d3quantile, quantileSorted, shuffler } from 'd3-array';
import { randomBinomial, randomNormal } from 'd3-random';

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

interface Draws {
  normal: () => number;
  binomial: (n: number, p: number) => () => number;
}
/** d3-random's generators, made once per seeded source. */
const draws = new WeakMap<Rng, Draws>();
function drawsOf(rng: Rng): Draws {
  let d = draws.get(rng);
  if (!d) {
    d = { normal: randomNormal.source(rng)(0, 1), binomial: randomBinomial.source(rng) };
    draws.set(rng, d);
  }
  return d;
}

/** A standard normal draw (d3-random). */
export function normal(rng: Rng): number {
  return drawsOf(rng).normal();
}

/**
 * How many of `n` independent trials succeed with probability `p` (d3-random's
 * binomial, fast for 10 million people a month). Out-of-range inputs are clamped.
 */
export function binomial(n: number, p: number, rng: Rng): number {
  const trials = Math.max(0, Math.floor(n));
  if (trials === 0 || !(p > 0)) return 0;
  if (p >= 1) return trials;
  return drawsOf(rng).binomial(trials, p)();
}

/** The q-quantile (0..1) of numbers, by linear interpolation (d3-array); NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const p = Math.min(1, Math.max(0, q));
  // Callers that take several quantiles sort once; d3's quantile would copy and sort each time.
  let ordered = true;
  for (let i = 1; i < values.length; i++) {
    if (values[i - 1]! > values[i]!) {
      ordered = false;
      break;
    }
  }
  const list = values as number[];
  return (ordered ? quantileSorted(list, p) : d3quantile(list, p)) ?? Number.NaN;
}
