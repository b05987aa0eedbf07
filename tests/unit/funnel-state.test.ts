import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, INPUT_KEYS, INPUT_RANGES, funnelState, inputsOf, type FunnelInputs } from '~/lib/funnel/state.ts';
import { shortcutFor } from '~/lib/funnel/shortcuts.ts';
import { presentHref } from '~/lib/funnel/links.ts';

const leafline: FunnelInputs = { ...DEFAULT_INPUTS };
const SCENARIOS = [
  { id: 'baseline', inputs: leafline },
  { id: 'aligned', inputs: { ...leafline, qualified: 70, win: 35 } },
];
const spec = funnelState(SCENARIOS);

function noBadNumbers(value: unknown): void {
  const text = JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? `BAD:${v}` : v));
  expect(text).not.toContain('BAD:');
}

describe('funnel state spec', () => {
  it('an empty query gives the first scenario with no notices', () => {
    const { values, notices } = spec.parse('');
    expect(notices).toEqual([]);
    expect(values.scenario).toBe('baseline');
    expect(inputsOf(values)).toEqual(leafline);
    expect(values).toMatchObject({ mode: 'funnel', goal: 25, seed: 2400, months: 12, compare: false, vs: 'aligned' });
  });

  it('reads a scenario, then values over it, and writes back the same state', () => {
    const q = '?scenario=aligned&reach=30000&win=40&mode=goal&goal=40&seed=9&months=36&compare=1&vs=baseline';
    const { values, notices } = spec.parse(q);
    expect(notices).toEqual([]);
    expect(inputsOf(values)).toEqual({ ...SCENARIOS[1]!.inputs, reach: 30000, win: 40 });
    expect(values).toMatchObject({ scenario: 'aligned', mode: 'goal', goal: 40, seed: 9, months: 36, compare: true, vs: 'baseline' });
    const back = spec.serialise(values);
    expect(spec.parse(back).values).toEqual(values);
    // Values equal to the scenario's are left out, so links stay short.
    expect(back).not.toContain('interest=');
    expect(spec.serialise(spec.parse('?scenario=aligned').values)).toBe('?scenario=aligned');
  });

  it('keeps links shared before the contract working (same keys, same meaning)', () => {
    const old = '?scenario=marketing-led&reach=5000&mode=goal&goal=13&compare=1&vs=aligned';
    const three = funnelState([...SCENARIOS, { id: 'marketing-led', inputs: { ...leafline, reach: 100000 } }]);
    const { values, notices } = three.parse(old);
    expect(notices).toEqual([]);
    expect(values).toMatchObject({ scenario: 'marketing-led', reach: 5000, mode: 'goal', goal: 13, compare: true, vs: 'aligned' });
  });

  it('reads the spend of an old link as a cost per person reached, and writes cpr', () => {
    const { values, notices } = spec.parse('?reach=40000&spend=20000');
    expect(notices).toEqual([]);
    expect(values.cpr).toBe(0.5);
    expect(spec.serialise(values)).toBe('?reach=40000&cpr=0.5');
    expect(spec.parse({ spend: 10000 }).values.cpr).toBe(0.5);
    expect(spec.parse({ spend: 10000 }).unknown).toEqual([]);
    // A link with both keeps cpr and ignores the old one.
    expect(spec.parse('?cpr=1&spend=5').values.cpr).toBe(1);
    expect(spec.keys).toContain('spend');
  });

  it('parses objects from a deck or a message, and reports unknown keys', () => {
    const { values, unknown } = spec.parse({ scenario: 'aligned', reach: 40000, colour: 'red' });
    expect(values.reach).toBe(40000);
    expect(values.qualified).toBe(70);
    expect(unknown).toEqual(['colour']);
  });

  it('clamps a patch into a whole valid state', () => {
    const v = spec.clamp({ reach: 1e12, win: -4, mode: 'evil' });
    expect(v.reach).toBe(INPUT_RANGES.reach.max);
    expect(v.win).toBe(0);
    expect(v.mode).toBe('funnel');
  });

  it('withDefaults makes a station preset: its scenario and numbers become the defaults', () => {
    const station = spec.withDefaults({ scenario: 'aligned', reach: 40000, compare: true });
    expect(station.defaults).toMatchObject({ scenario: 'aligned', reach: 40000, qualified: 70, compare: true });
    expect(station.parse('').values).toMatchObject({ scenario: 'aligned', reach: 40000, compare: true });
    // Another scenario in the input still brings that scenario's own numbers.
    expect(station.parse('?scenario=baseline').values.reach).toBe(20000);
    expect(station.serialise(station.defaults)).toBe('');
  });

  const hostile: { name: string; query: string; key: string; want: unknown }[] = [
    { name: 'a script tag', query: 'reach=<script>alert(1)</script>', key: 'reach', want: 20000 },
    { name: 'a javascript: URL', query: 'interest=javascript:alert(1)', key: 'interest', want: 10 },
    { name: 'a 10 KB string', query: `deal=${'9'.repeat(10_240)}`, key: 'deal', want: 2400 },
    { name: 'a negative number', query: 'deal=-500', key: 'deal', want: 0 },
    { name: 'a negative spend in an old link', query: 'spend=-500', key: 'cpr', want: 0 },
    { name: 'a huge number', query: 'reach=99999999999999', key: 'reach', want: 10_000_000 },
    { name: 'NaN', query: 'win=NaN', key: 'win', want: 25 },
    { name: 'Infinity', query: 'salescost=Infinity', key: 'salescost', want: 8000 },
    { name: 'hex', query: 'reach=0x4E20', key: 'reach', want: 20000 },
    { name: 'a rate above 100', query: 'qualified=150', key: 'qualified', want: 100 },
    { name: 'months out of range', query: 'months=99', key: 'months', want: 36 },
    { name: 'zero months', query: 'months=0', key: 'months', want: 1 },
    { name: 'goal as HTML', query: 'goal=<img src=x onerror=alert(1)>', key: 'goal', want: 25 },
    { name: 'a negative seed', query: 'seed=-1', key: 'seed', want: 0 },
    { name: 'an unknown scenario', query: 'scenario=<b>evil</b>', key: 'scenario', want: 'baseline' },
    { name: 'a key given twice', query: 'reach=100&reach=200', key: 'reach', want: 100 },
  ];

  it.each(hostile)('$name falls back or clamps, with one plain-text notice', ({ query, key, want }) => {
    const { values, notices } = spec.parse(query);
    expect((values as Record<string, unknown>)[key]).toBe(want);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.length).toBeLessThan(200);
    noBadNumbers(values);
  });

  it('reads an exponent as the number rule says (1e5 is 100,000)', () => {
    const { values, notices } = spec.parse('reach=1e5');
    expect(values.reach).toBe(100_000);
    expect(notices).toEqual([]);
  });

  it('many hostile values at once still give a whole, valid state', () => {
    const q = INPUT_KEYS.map((k) => `${k}=${encodeURIComponent('"><svg onload=alert(1)>')}`).join('&');
    const { values, notices } = spec.parse(q + '&mode=evil&compare=maybe&vs=nope');
    expect(inputsOf(values)).toEqual(leafline);
    expect(notices).toHaveLength(INPUT_KEYS.length + 3);
    for (const k of INPUT_KEYS) {
      expect(values[k]).toBeGreaterThanOrEqual(INPUT_RANGES[k].min);
      expect(values[k]).toBeLessThanOrEqual(INPUT_RANGES[k].max);
    }
  });
});

describe('shortcuts', () => {
  const body = { tagName: 'BODY', closest: () => null };
  const button = { tagName: 'BUTTON', closest: () => ({}) };
  it.each([
    { key: ' ', target: body, want: 'toggle-flow' },
    { key: ' ', target: button, want: null },
    { key: 'r', target: body, want: 'reset-flow' },
    { key: 'C', target: body, want: 'compare' },
    { key: 'g', target: body, want: 'goal' },
    { key: 'f', target: body, want: 'present' },
    { key: '?', target: body, want: 'help' },
    { key: '3', target: body, want: 'scenario' },
    { key: 'x', target: body, want: null },
    { key: 'g', target: { tagName: 'INPUT' }, want: null },
    { key: '2', target: { tagName: 'select' }, want: null },
  ])('$key on $target.tagName gives $want', ({ key, target, want }) => {
    expect(shortcutFor({ key, target }, false)?.kind ?? null).toBe(want);
  });
  it('never fires with a modifier or while the list is open', () => {
    expect(shortcutFor({ key: 'c', target: body, ctrlKey: true }, false)).toBeNull();
    expect(shortcutFor({ key: 'c', target: body }, true)).toBeNull();
  });
  it('Present opens the workshop stage with the state', () => {
    expect(presentHref('?reach=5000')).toBe('/workshop/present/funnel/?reach=5000');
  });
});
