/** The slider's hand-written symlog mapping matches d3-scale's scaleSymlog. */
import { describe, expect, it } from 'vitest';
import { scaleSymlog } from 'd3-scale';
import { symlogScale, createRangeScale } from '~/lib/ui/range';

describe('symlogScale', () => {
  it.each([
    [0, 10_000_000],
    [0, 100_000],
    [1, 999_999],
    [-50, 50],
  ])('matches scaleSymlog on [%d, %d]', (min, max) => {
    const ours = symlogScale(min, max, 1000);
    const d3 = scaleSymlog().domain([min, max]).range([0, 1000]).constant(1);
    for (const f of [0, 0.001, 0.1, 0.37, 0.5, 0.9, 1]) {
      const v = min + (max - min) * f;
      expect(ours(v)).toBeCloseTo(d3(v), 9);
      const p = f * 1000;
      expect(ours.invert(p)).toBeCloseTo(d3.invert(p), 6);
    }
  });

  it('log range fields still round-trip round numbers', () => {
    const rs = createRangeScale(0, 100_000, 100, 'log');
    expect(rs.toValue(rs.toPosition(2400))).toBe(2400);
    expect(rs.toValue(0)).toBe(0);
    expect(rs.toValue(1000)).toBe(100_000);
  });
});
