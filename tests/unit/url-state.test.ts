import { describe, expect, it } from 'vitest';
import { clampToField, defaultsOf, parseQuery, toQuery, type Spec } from '~/lib/url-state/index';

const spec = {
  reach: { kind: 'number', default: 20000, min: 0, max: 10_000_000, integer: true, label: 'People reached' },
  win: { kind: 'number', default: 25, min: 0, max: 100 },
  view: { kind: 'enum', default: 'buyer', values: ['buyer', 'market'] },
  compare: { kind: 'boolean', default: false },
} satisfies Spec;

describe('parseQuery', () => {
  it('returns defaults with no notice for an empty query', () => {
    expect(parseQuery(spec, '')).toEqual({ values: defaultsOf(spec), notices: [] });
  });

  it('reads valid values', () => {
    const r = parseQuery(spec, '?reach=5000&win=33.5&view=market&compare=1');
    expect(r.values).toEqual({ reach: 5000, win: 33.5, view: 'market', compare: true });
    expect(r.notices).toEqual([]);
  });

  it.each([
    ['reach=abc', 20000, /not a number/],
    ['reach=-5', 0, /below the minimum/],
    ['reach=99999999999', 10_000_000, /above the maximum/],
    ['reach=1e9', 20000, /not a number/],
    ['reach=0x10', 20000, /not a number/],
    ['reach=Infinity', 20000, /not a number/],
    ['reach=NaN', 20000, /not a number/],
    ['reach=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 20000, /not a number/],
    ['reach=javascript:alert(1)', 20000, /not a number/],
    [`reach=${'9'.repeat(10_000)}`, 20000, /not a number/],
    ['reach=12.6', 13, null],
    ['reach=', 20000, null],
    ['reach=%20', 20000, null],
  ])('%s → %s', (q, want, notice) => {
    const r = parseQuery(spec, `?${q.slice(0, 20_000)}`);
    expect(r.values.reach).toBe(want);
    if (notice) {
      expect(r.notices).toHaveLength(1);
      expect(r.notices[0]).toMatch(notice);
      expect(r.notices[0]!.length).toBeLessThan(160);
      expect(r.notices[0]).toContain('People reached');
    } else {
      expect(r.notices).toEqual([]);
    }
  });

  it('falls back for unknown enum and boolean values, echoing only a short cut of the input', () => {
    const r = parseQuery(spec, `?view=${'x'.repeat(500)}&compare=maybe`);
    expect(r.values.view).toBe('buyer');
    expect(r.values.compare).toBe(false);
    expect(r.notices).toHaveLength(2);
    expect(r.notices[0]!.length).toBeLessThan(140);
  });

  it('accepts URLSearchParams and ignores unknown keys', () => {
    const r = parseQuery(spec, new URLSearchParams('win=50&evil=1'));
    expect(r.values.win).toBe(50);
    expect(r.notices).toEqual([]);
  });
});

describe('toQuery', () => {
  it('writes only what differs from the defaults, in spec order', () => {
    expect(toQuery(spec, { ...defaultsOf(spec), win: 40, compare: true })).toBe('?win=40&compare=1');
    expect(toQuery(spec, defaultsOf(spec))).toBe('');
  });
  it('round-trips through parseQuery', () => {
    const v = { reach: 123456, win: 12.25, view: 'market' as const, compare: true };
    expect(parseQuery(spec, toQuery(spec, v)).values).toEqual(v);
    expect(parseQuery(spec, toQuery(spec, v, { keepDefaults: true })).values).toEqual(v);
  });
});

describe('clampToField', () => {
  it.each([
    [150, 100],
    [-1, 0],
    [Number.NaN, 25],
    [33.3, 33.3],
  ])('%s → %s', (n, want) => {
    expect(clampToField(n, spec.win)).toBe(want);
  });
});
