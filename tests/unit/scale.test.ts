import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear, scaleSymlog } from 'd3-scale';
import { bandScale, linearScale, symlogScale } from '~/lib/scale/index';

// d3-scale is the reference: the guide's scales must give its numbers.
describe('linearScale', () => {
  const cases: [[number, number], [number, number]][] = [
    [
      [0, 10],
      [0, 100],
    ],
    [
      [3, 97],
      [400, 0],
    ],
    [
      [-50, 50],
      [0, 1],
    ],
  ];
  it.each(cases)('maps %j onto %j as d3 does', (domain, range) => {
    const ours = linearScale(domain, range);
    const d3 = scaleLinear(domain, range);
    for (const v of [domain[0], domain[1], (domain[0] + domain[1]) / 2, domain[1] * 1.5]) expect(ours(v)).toBeCloseTo(d3(v), 9);
  });

  it('rounds the domain outwards and ticks like d3', () => {
    const ours = linearScale([3, 97], [0, 100], 5);
    const d3 = scaleLinear([3, 97], [0, 100]).nice(5);
    expect(ours.domain).toEqual(d3.domain());
    expect(ours.ticks(5)).toEqual(d3.ticks(5));
  });

  it('puts everything in the middle for an empty domain', () => {
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });
});

describe('symlogScale', () => {
  it('matches d3 inside the domain and clamps outside it', () => {
    const ours = symlogScale([0, 10_000_000], [0, 1000]);
    const d3 = scaleSymlog([0, 10_000_000], [0, 1000]).clamp(true);
    for (const v of [0, 1, 10, 999, 20_000, 10_000_000, 2e7, -5]) expect(ours(v)).toBeCloseTo(d3(v), 9);
    for (const p of [0, 1, 250, 999, 1000]) expect(ours.invert(p)).toBeCloseTo(d3.invert(p), 3);
  });
});

describe('bandScale', () => {
  it('places bands as d3 does with equal inner and outer padding', () => {
    const keys = ['a', 'b', 'c'] as const;
    const ours = bandScale(keys, [0, 300], 0.2);
    const d3 = scaleBand([...keys], [0, 300]).padding(0.2);
    for (const k of keys) expect(ours.start(k)).toBeCloseTo(d3(k)!, 9);
    expect(ours.bandwidth).toBeCloseTo(d3.bandwidth(), 9);
  });

  it('has no width with no keys', () => {
    expect(bandScale([], [0, 10]).bandwidth).toBe(0);
  });
});
