import { describe, expect, it } from 'vitest';
import {
  clampToField,
  defaultsOf,
  defineState,
  parseQuery,
  readNumber,
  stripUnsafe,
  toQuery,
  type Spec,
} from '~/lib/url-state/index';

const spec = {
  reach: { kind: 'number', default: 20000, min: 0, max: 10_000_000, integer: true, label: 'People reached' },
  win: { kind: 'number', default: 25, min: 0, max: 100 },
  view: { kind: 'enum', default: 'buyer', values: ['buyer', 'market'] },
  compare: { kind: 'boolean', default: false },
} satisfies Spec;

describe('parseQuery', () => {
  it('returns defaults with no notice for an empty query', () => {
    expect(parseQuery(spec, '')).toEqual({ values: defaultsOf(spec), notices: [], unknown: [] });
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
    ['reach=1e9', 10_000_000, /above the maximum/],
    ['reach=1e3', 1000, null],
    ['reach=12%2C500', 12500, null],
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

describe('readNumber: the one rule for typed numbers', () => {
  it.each([
    ['42', 42],
    [' 3.5 ', 3.5],
    ['-7', -7],
    ['+7', 7],
    ['.5', 0.5],
    ['1e3', 1000],
    ['2.5E-1', 0.25],
    ['12,500', 12500],
    ['1,000,000', 1_000_000],
    ['12 500', 12500],
    ['', null],
    ['abc', null],
    ['0x10', null],
    ['Infinity', null],
    ['1e999', null],
    ['1,2', null],
    ['1..2', null],
    ['9'.repeat(65), null],
  ])('%j → %j', (text, want) => {
    expect(readNumber(text)).toBe(want);
  });
});

describe('defineState', () => {
  const s = defineState({
    ...spec,
    steps: { kind: 'list', default: [], min: 0, max: 9, maxLength: 4, label: 'Steps' },
  });

  it('parses objects from outside with the same rules as the URL', () => {
    const r = s.parse({ reach: 5000, win: '40', view: 'market', compare: true, steps: [1, 2] });
    expect(r.values).toEqual({ reach: 5000, win: 40, view: 'market', compare: true, steps: [1, 2] });
    expect(r.notices).toEqual([]);
    expect(r.unknown).toEqual([]);
  });

  it('clamps, names unknown keys and never throws on garbage', () => {
    const r = s.parse({ reach: Number.NaN, win: 500, colour: 'red', view: { x: 1 } });
    expect(r.values.reach).toBe(20000);
    expect(r.values.win).toBe(100);
    expect(r.values.view).toBe('buyer');
    expect(r.unknown).toEqual(['colour']);
    expect(r.notices).toHaveLength(3);
    for (const bad of [null, undefined, 42, 'x', [], () => 1, Symbol('s')]) {
      expect(s.parse(bad).values).toEqual(s.defaults);
    }
  });

  it('round-trips: parse ∘ serialise is the identity on valid values', () => {
    const v = { reach: 777, win: 12.5, view: 'market' as const, compare: true, steps: [3, 1, 4] };
    expect(s.parse(s.serialise(v)).values).toEqual(v);
    expect(s.serialise(s.defaults)).toBe('');
  });

  it('clamp fills a partial patch from the defaults', () => {
    expect(s.clamp({ win: 101 })).toEqual({ ...s.defaults, win: 100 });
  });

  it('withDefaults moves the defaults and keeps the ranges', () => {
    const t = s.withDefaults({ reach: 40000 });
    expect(t.defaults.reach).toBe(40000);
    expect(t.serialise({ ...t.defaults })).toBe('');
    expect(t.parse('?reach=-1').values.reach).toBe(0);
  });

  it('says when a key is given twice', () => {
    const r = s.parse('?win=10&win=20');
    expect(r.values.win).toBe(10);
    expect(r.notices[0]).toMatch(/given 2 times/);
  });

  it('keeps an emptied list through a link and through clamp', () => {
    const t = defineState({
      chosen: { kind: 'list', default: [2, 3], min: 0, max: 9, maxLength: 4, label: 'Chosen' },
    });
    const q = t.serialise({ chosen: [] });
    expect(q).toBe('?chosen=');
    expect(t.parse(q).values.chosen).toEqual([]);
    expect(t.clamp({ chosen: [] }).chosen).toEqual([]);
    expect(t.parse('').values.chosen).toEqual([2, 3]);
  });

  it.each([
    ['3.4.5', [3, 4, 5], 0],
    ['3.4', [3, 4, 1], 1],
    ['3.x.5', [3, 1, 5], 1],
    ['3.4.5.2', [3, 4, 5], 1],
    ['', [1, 1, 1], 0],
  ])('a fixed-length list "%s" reads as %j with %i notice(s)', (raw, want, notices) => {
    const t = defineState({
      ratings: { kind: 'list', default: [1, 1, 1], min: 1, max: 5, maxLength: 3, fixed: true, label: 'Ratings' },
    });
    const r = t.parse(`?ratings=${raw}`);
    expect(r.values.ratings).toEqual(want);
    expect(r.notices).toHaveLength(notices);
  });

  it('keeps a usable part of a broken list', () => {
    const r = s.parse('?steps=1.x.12.2');
    expect(r.values.steps).toEqual([1, 2]);
    expect(r.notices).toHaveLength(1);
  });
});

describe('stripUnsafe', () => {
  it('removes bidi overrides, zero-width and control characters from echoed text', () => {
    expect(stripUnsafe('abc\u202Edef\u200B\u0007g\u2066h')).toBe('abcdefgh');
    expect(parseQuery(spec, '?view=%E2%80%AEtekram').notices[0]).not.toMatch(/\u202E/);
  });
});
