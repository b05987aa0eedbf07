import { describe, expect, it } from 'vitest';
import { createRng, hashSeed, shuffle } from '~/lib/random/index';
import { binomial, normal, quantile } from '~/lib/random/draws';

describe('createRng', () => {
  it('gives the same sequence for the same seed and a different one otherwise', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(sa);
    expect(Array.from({ length: 5 }, c)).not.toEqual(sa);
  });

  it('stays in [0, 1) and has a mean near one half', () => {
    const r = createRng(7);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});

describe('hashSeed', () => {
  it('is stable and spreads similar strings apart', () => {
    expect(hashSeed('quiz:1')).toBe(hashSeed('quiz:1'));
    expect(hashSeed('quiz:1')).not.toBe(hashSeed('quiz:2'));
    expect(hashSeed('')).toBe(0x811c9dc5);
  });
});

describe('shuffle', () => {
  it('is a seeded permutation that leaves the input alone', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const a = shuffle(items, createRng(1));
    expect(a).toEqual(shuffle(items, createRng(1)));
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(shuffle([], createRng(1))).toEqual([]);
  });
});

describe('binomial', () => {
  it.each([
    [0, 0.5, 0],
    [10, 0, 0],
    [10, 1, 10],
    [-5, 0.5, 0],
    [3.9, 1, 3],
  ])('edge case n=%s p=%s → %s', (n, p, want) => {
    expect(binomial(n, p, createRng(1))).toBe(want);
  });

  it.each([
    [40, 0.3],
    [1000, 0.01],
    [1000, 0.995],
    [20_000, 0.1],
    [10_000_000, 0.25],
  ])('n=%s p=%s: mean and spread match n·p and n·p·(1−p)', (n, p) => {
    const rng = createRng(2024);
    const runs = 4000;
    const xs = Array.from({ length: runs }, () => binomial(n, p, rng));
    const mean = xs.reduce((s, x) => s + x, 0) / runs;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / runs;
    const sd = Math.sqrt(n * p * (1 - p));
    expect(Math.abs(mean - n * p)).toBeLessThan((4 * sd) / Math.sqrt(runs) + 0.01);
    expect(Math.sqrt(variance) / sd).toBeGreaterThan(0.9);
    expect(Math.sqrt(variance) / sd).toBeLessThan(1.1);
    for (const x of xs) {
      expect(Number.isInteger(x)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(n);
    }
  });
});

describe('normal', () => {
  it('has mean 0 and sd 1', () => {
    const r = createRng(5);
    const xs = Array.from({ length: 50_000 }, () => normal(r));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(0, 1);
    expect(sd).toBeCloseTo(1, 1);
  });
});

describe('quantile', () => {
  it.each([
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[5, 1, 4, 2, 3], 0.1, 1.4],
    [[5, 1, 4, 2, 3], 0.9, 4.6],
    [[7], 0.9, 7],
    [[1, 2], 2, 2],
    [[1, 2], -1, 1],
  ])('%j q=%s → %s', (xs, q, want) => {
    expect(quantile(xs, q)).toBeCloseTo(want, 10);
  });
  it('is NaN for no values', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});
