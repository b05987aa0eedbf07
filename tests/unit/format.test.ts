import { describe, expect, it } from 'vitest';
import { format as d3format } from 'd3-format';
import {
  NA,
  countNoun,
  formatCount,
  formatMoney,
  formatMoneyShort,
  formatPercent,
  formatPercentValue,
  safeRatio,
} from '~/lib/format/index';
import { toCsv } from '~/lib/format/csv';

describe('safeRatio', () => {
  it.each([
    [10, 2, 5],
    [1, 3, 1 / 3],
    [0, 5, 0],
    [5, 0, null],
    [0, 0, null],
    [Number.NaN, 1, null],
    [1, Number.POSITIVE_INFINITY, null],
    [Number.MAX_VALUE, Number.MIN_VALUE, null],
  ])('%s / %s = %s', (n, d, want) => {
    expect(safeRatio(n, d)).toBe(want);
  });
});

describe('formatCount', () => {
  it.each([
    [20000, '20,000'],
    [12.5, '12.5'],
    [12.4999999999, '12.5'],
    [0, '0'],
    [-0, '0'],
    [0.25, '0.25'],
    [1234.56, '1,235'],
    [10_000_000, '10,000,000'],
    [-3, '-3'],
    [Number.NaN, NA],
    [Number.POSITIVE_INFINITY, NA],
    [null, NA],
    [undefined, NA],
  ])('%s → %s', (n, want) => {
    expect(formatCount(n)).toBe(want);
  });
});

describe('formatMoney', () => {
  it.each([
    [5000, '$5,000'],
    [12.5, '$12.50'],
    [-300, '-$300'],
    [0, '$0'],
    [2400, '$2,400'],
    [null, NA],
    [Number.NaN, NA],
  ])('%s → %s', (n, want) => {
    expect(formatMoney(n)).toBe(want);
  });

  it.each([
    [950, '$950'],
    [12_000, '$12k'],
    [1_500_000, '$1.5M'],
    [-2000, '-$2k'],
  ])('short %s → %s', (n, want) => {
    expect(formatMoneyShort(n)).toBe(want);
  });
});

describe('formatPercent', () => {
  it.each([
    [0.125, 1, '12.5%'],
    [0.1, 1, '10%'],
    [1, 1, '100%'],
    [0, 1, '0%'],
    [0.000625, 2, '0.06%'],
    [-0.5, 0, '-50%'],
    [null, 1, NA],
  ])('%s (%s digits) → %s', (r, d, want) => {
    expect(formatPercent(r, d)).toBe(want);
  });

  it('reads 0–100 values', () => {
    expect(formatPercentValue(25)).toBe('25%');
    expect(formatPercentValue(null)).toBe(NA);
  });
});

describe('countNoun', () => {
  it.each([
    [1, '1 customer'],
    [12.5, '12.5 customers'],
    [0, '0 customers'],
  ])('%s', (n, want) => {
    expect(countNoun(n, 'customer')).toBe(want);
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(
      toCsv([
        ['Stage', 'Count'],
        ['Leads, qualified', 50],
        ['Say "hi"', 1.5],
        ['=HYPERLINK("x")', null],
        ['-5', -5],
      ]),
    ).toBe(
      'Stage,Count\r\n"Leads, qualified",50\r\n"Say ""hi""",1.5\r\n"\'=HYPERLINK(""x"")",\r\n\'-5,-5\r\n',
    );
  });
});

describe('the d3-free formatters give d3-format’s output', () => {
  const values = [
    0, 0.5, 1, 12.25, 999, 999.5, 1000, 1234.5, 12_000, 99_950, 999_999, 1_500_000, 2.5e9, 7.25e12,
    -4200,
  ];
  it.each(values)('%d', (n) => {
    const d3Count = Number.isInteger(n) || Math.abs(n) >= 1000 ? d3format(',.0f')(n) : null;
    if (d3Count) expect(formatCount(n)).toBe(d3Count.replace('−', '-'));
    const abs = Math.abs(n);
    const short = abs < 1000 ? d3format(',.0f')(abs) : d3format('.3~s')(abs).replace('G', 'B');
    expect(formatMoneyShort(n)).toBe(`${n < 0 ? '-' : ''}$${short}`);
  });
});
