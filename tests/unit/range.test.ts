import { describe, expect, it } from 'vitest';
import { clamp, commitTyped, createRangeScale, niceRound, snap } from '~/lib/ui/range';
import { symlogScale } from '~/lib/scale/index';
import { formatCount } from '~/lib/format/index';

describe('snap', () => {
  it.each([
    [0.30000000000000004, 0.1, 0, 0.3],
    [7, 5, 0, 5],
    [8, 5, 0, 10],
    [12.345, 0.5, 0, 12.5],
  ])('snap(%s, %s) = %s', (v, step, min, want) => {
    expect(snap(v, step, min)).toBe(want);
  });
});

describe('createRangeScale', () => {
  it('is the identity (clamped, snapped) on a linear scale', () => {
    const s = createRangeScale(0, 100, 1);
    expect(s.toPosition(150)).toBe(100);
    expect(s.toValue(33.4)).toBe(33);
    expect(s.positions).toEqual({ min: 0, max: 100, step: 1 });
  });

  it('spreads decades on a log scale and lands on round numbers', () => {
    const s = createRangeScale(0, 10_000_000, 1, 'log');
    expect(s.toPosition(0)).toBe(0);
    expect(s.toPosition(10_000_000)).toBe(1000);
    const mid = s.toPosition(20_000);
    expect(mid).toBeGreaterThan(500);
    expect(mid).toBeLessThan(800);
    // Round trip stays within 2 significant figures.
    const back = s.toValue(mid);
    expect(Math.abs(back - 20_000) / 20_000).toBeLessThan(0.05);
    for (let p = 0; p <= 1000; p += 37) {
      const v = s.toValue(p);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(10_000_000);
    }
    // Positions rise with values.
    expect(s.toPosition(1000)).toBeLessThan(s.toPosition(100_000));
  });
});

describe('niceRound', () => {
  it.each([
    [12345, 1, 12000],
    [987654, 1, 990000],
    [42.4, 1, 42],
    [150, 1, 150],
  ])('%s → %s', (v, step, want) => {
    expect(niceRound(v, step)).toBe(want);
  });
});

describe('clamp', () => {
  it('clamps', () => {
    expect(clamp(5, 0, 3)).toBe(3);
    expect(clamp(-5, 0, 3)).toBe(0);
  });
});

describe('commitTyped', () => {
  it.each([
    ['50', 'ok', 50],
    [' 75 ', 'ok', 75],
    ['150', 'clamped', 100],
    ['-4', 'clamped', 0],
    ['', 'invalid', 25],
    ['abc', 'invalid', 25],
    ['<script>', 'invalid', 25],
  ])('%j → %s %s', (raw, kind, value) => {
    const r = commitTyped(raw, 25, 0, 100, formatCount);
    expect(r.kind).toBe(kind);
    expect(r.value).toBe(value);
    if (r.kind !== 'ok') expect(r.message).toMatch(/\d/);
  });
});

describe('commitTyped with thousands separators', () => {
  it('reads "1,200" as 1200', () => {
    expect(commitTyped('1,200', 0, 0, 10_000, formatCount)).toEqual({ kind: 'ok', value: 1200 });
  });
});

describe('symlogScale', () => {
  it('matches sign(x)·log1p(|x|) mapped onto the range, and inverts', () => {
    const s = symlogScale([0, 10_000_000], [0, 1000]);
    expect(s(0)).toBe(0);
    expect(s(10_000_000)).toBeCloseTo(1000, 9);
    expect(s(20_000)).toBeCloseTo((Math.log1p(20_000) / Math.log1p(10_000_000)) * 1000, 9);
    for (const v of [0, 1, 99, 20_000, 3_333_333]) expect(s.invert(s(v))).toBeCloseTo(v, 3);
    expect(s(-5)).toBe(0);
    expect(s.invert(2000)).toBeCloseTo(10_000_000, 3);
  });
  it('copes with an empty domain', () => {
    const s = symlogScale([5, 5], [0, 1000]);
    expect(s(5)).toBe(500);
    expect(s.invert(300)).toBe(5);
  });
});
