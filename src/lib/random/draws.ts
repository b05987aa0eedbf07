/**
 * Seeded draws for the simulations (the funnel's months, the forecast's runs):
 * d3-random's binomial and normal generators fed by a seeded source from
 * index.ts, and d3-array's quantiles.
 */
import { quantile as d3quantile, quantileSorted } from 'd3-array';
import { randomBinomial, randomNormal } from 'd3-random';
import type { Rng } from './index.ts';

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
