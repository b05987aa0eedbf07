/**
 * A linear scale for the forecast chart. d3-array does the judgement (nice
 * bounds and round ticks); the mapping itself is one line. d3-scale's
 * scaleLinear would bring its interpolators and colour parsing along, which
 * would push the widget's page past its 40 KB budget.
 */
import { nice, ticks } from 'd3-array';

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
