import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { clampIndex, keyToIndex, neighbour, SALES_STEPS } from '~/lib/steps/model';
import { salesProcessSchema } from '~/lib/steps/schema';
import { stepsState } from '~/lib/steps/state';

describe('stepper keys (WAI-ARIA tabs)', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowDown', 2, 3],
    ['ArrowRight', 5, 0],
    ['ArrowLeft', 0, 5],
    ['ArrowUp', 3, 2],
    ['Home', 4, 0],
    ['End', 1, 5],
    ['Enter', 2, null],
    ['a', 2, null],
  ] as const)('%s from %i goes to %s', (key, from, to) => {
    expect(keyToIndex(key, from)).toBe(to);
  });

  it.each([
    [0, -1, null],
    [0, 1, 1],
    [5, 1, null],
    [3, -1, 2],
  ] as const)('previous/next from %i by %i gives %s', (from, dir, to) => {
    expect(neighbour(from, dir)).toBe(to);
  });
});

describe('step in the URL', () => {
  it.each([
    ['', 0, 0],
    ['?step=1', 0, 0],
    ['?step=4', 3, 0],
    ['?step=6', 5, 0],
    ['?step=0', 0, 1],
    ['?step=99', 5, 1],
    ['?step=2.6', 2, 0],
    ['?step=%3Cimg%20src%3Dx%3E', 0, 1],
  ] as const)('%s opens step index %i with %i notices', (search, index, notices) => {
    const r = stepsState.parse(search);
    expect(r.values.step - 1).toBe(index);
    expect(r.notices).toHaveLength(notices);
  });

  it('writes the step back, leaving out the default', () => {
    expect(stepsState.serialise({ step: 1 })).toBe('');
    expect(stepsState.serialise({ step: 4 })).toBe('?step=4');
    expect(stepsState.serialise(stepsState.clamp({ step: 42 }))).toBe('?step=6');
    expect(clampIndex(Number.NaN)).toBe(0);
  });

  it.each([{ step: 3 }, { step: '5' }, { step: 2.6 }, {}, null, 'garbage', { step: [1] }])(
    'a deck station or a message (%o) gives a valid step',
    (input) => {
      const { values } = stepsState.parse(input);
      expect(Number.isInteger(values.step)).toBe(true);
      expect(values.step).toBeGreaterThanOrEqual(1);
      expect(values.step).toBeLessThanOrEqual(6);
      expect(stepsState.parse(stepsState.serialise(values)).values).toEqual(values);
    },
  );

  it('a hostile value is echoed only as plain text', () => {
    const r = stepsState.parse('?step=<b>x</b>');
    expect(r.notices[0]).toContain('<b>x</b>');
    expect(r.notices[0]).toMatch(/is not a number/);
  });
});

describe('content/sales-process.yaml', () => {
  const data = load(readFileSync('content/sales-process.yaml', 'utf8'));

  it('matches the schema: the six steps in order', () => {
    const parsed = salesProcessSchema.parse(data);
    expect(parsed.map((s) => s.id)).toEqual([...SALES_STEPS]);
  });

  it('rejects steps out of order', () => {
    const arr = (data as unknown[]).slice();
    [arr[0], arr[1]] = [arr[1], arr[0]];
    expect(salesProcessSchema.safeParse(arr).success).toBe(false);
  });
});

import { mergeQuery } from '~/lib/url-state/index';

describe('mergeQuery (two widgets on one page)', () => {
  it.each([
    ['', '?step=3', ['step'], '?step=3'],
    ['?deals=5', '?step=3', ['step'], '?deals=5&step=3'],
    ['?deals=5&step=3', '', ['step'], '?deals=5'],
    ['?step=2&deals=5', '?deals=9', ['deals', 'seed'], '?step=2&deals=9'],
    ['?step=2', '', ['step'], ''],
  ] as const)('%s + %s over %o → %s', (cur, patch, keys, out) => {
    expect(mergeQuery(cur, patch, keys)).toBe(out);
  });
});

import { skippedBetween } from '~/lib/steps/model';

describe('skipping steps', () => {
  it.each([
    [0, 1, []],
    [0, 2, [1]],
    [1, 5, [2, 3, 4]],
    [4, 1, []],
    [3, 3, []],
  ] as const)('from %i to %i passes over %o', (from, to, skipped) => {
    expect(skippedBetween(from, to)).toEqual(skipped);
  });
});

import fc from 'fast-check';

describe('stepsState, any input (property-based)', () => {
  it('any query string parses without throwing into a step in range, and round-trips', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (k, v) => {
        const { values } = stepsState.parse(`?${k}=${v}&step=${v}`);
        expect(values.step).toBeGreaterThanOrEqual(1);
        expect(values.step).toBeLessThanOrEqual(6);
        expect(stepsState.parse(stepsState.serialise(values)).values).toEqual(values);
      }),
    );
  });
});
