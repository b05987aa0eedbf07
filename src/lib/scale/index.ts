/**
 * The guide's scales, in one tested module: linear (with d3-array's nice
 * bounds and ticks), symmetric-log (for sliders and bands spanning many
 * decades) and band (bar positions). They do the arithmetic of d3-scale's
 * scaleLinear, scaleSymlog and scaleBand without its interpolators and colour
 * parsing, which would add about 9 KB of gzipped JavaScript to every widget page.
 */
import { nice, ticks } from 'd3-array';

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export interface LinearScale {
  (value: number): number;
  domain: [number, number];
  ticks(count: number): number[];
}

/** Maps [d0, d1] onto [r0, r1]; `niceCount` rounds the domain outwards to round ticks. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  niceCount?: number,
): LinearScale {
  let [d0, d1] = domain;
  if (niceCount) [d0, d1] = nice(d0, d1, niceCount);
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const fn = ((v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + (v - d0) * k)) as LinearScale;
  fn.domain = [d0, d1];
  fn.ticks = (count: number) => ticks(d0, d1, count);
  return fn;
}

export interface SymlogScale {
  (value: number): number;
  invert(position: number): number;
}

/** A clamped symmetric-log scale: sign(x)·log1p(|x|/c), as d3's scaleSymlog. */
export function symlogScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  constant = 1,
): SymlogScale {
  const t = (x: number) => Math.sign(x) * Math.log1p(Math.abs(x / constant));
  const ti = (y: number) => Math.sign(y) * Math.expm1(Math.abs(y)) * constant;
  const [d0, d1] = [t(domain[0]), t(domain[1])];
  const [r0, r1] = range;
  const span = d1 - d0;
  const f = ((value: number) => {
    const v = clamp(value, Math.min(domain[0], domain[1]), Math.max(domain[0], domain[1]));
    return span === 0 ? (r0 + r1) / 2 : r0 + ((t(v) - d0) / span) * (r1 - r0);
  }) as SymlogScale;
  f.invert = (position: number) => {
    const p = clamp(position, Math.min(r0, r1), Math.max(r0, r1));
    return r1 === r0 ? domain[0] : ti(d0 + ((p - r0) / (r1 - r0)) * span);
  };
  return f;
}

export interface Bands<K extends string> {
  start(key: K): number;
  bandwidth: number;
}

/** Bars of equal width with equal inner and outer padding (a fraction of a step), as d3's scaleBand. */
export function bandScale<K extends string>(keys: readonly K[], range: [number, number], padding = 0.1): Bands<K> {
  const [r0, r1] = range;
  const n = keys.length;
  const p = clamp(padding, 0, 1);
  // n bands and n + 1 gaps of `padding` band-steps.
  const step = n === 0 ? 0 : (r1 - r0) / Math.max(1, n - p + 2 * p);
  const index = new Map(keys.map((k, i) => [k, i]));
  return {
    start: (key) => {
      const i = index.get(key);
      return i === undefined ? r0 : r0 + step * p + step * i;
    },
    bandwidth: step * (1 - p),
  };
}
