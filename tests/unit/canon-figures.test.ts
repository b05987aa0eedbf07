/** Leafline's computed figures, by hand: the names chapters use, the what-ifs and the formats. */
import { describe, expect, it } from 'vitest';
import { applyChange, formatFigure, leaflineFigure, type LeaflineScenarios } from '~/lib/canon/figures';
import type { FunnelInputs } from '~/lib/funnel/model';

const base = { reach: 20_000, interest: 10, desire: 25, action: 20, qualified: 50, win: 25, deal: 2_400, spend: 5_000, salescost: 8_000 } as unknown as FunnelInputs;
const aligned = { ...base, qualified: 70, win: 35 } as FunnelInputs;
const s: LeaflineScenarios = { baseline: base, aligned, economics: { grossMargin: 60, monthlyChurn: 2.5 } };
const v = (k: string, change?: string) => leaflineFigure(s, k, undefined, change);

describe('leaflineFigure', () => {
  it.each([
    ['baseline.reach', 20_000, '20,000'],
    ['baseline.leads', 100, '100'],
    ['baseline.opportunities', 50, '50'],
    ['baseline.clients', 12.5, '12.5'],
    ['baseline.qualifiedRate', 50, '50\u00a0%'],
    ['baseline.contractValue', 30_000, '$30,000'], // 12.5 × $2,400
    ['baseline.recurringAdded', 2_500, '$2,500'], // 12.5 × $200
    ['baseline.cac', 1_040, '$1,040'], // $13,000 ÷ 12.5
    ['baseline.costPerLead', 50, '$50'],
    ['baseline.marginPerMonth', 120, '$120'], // $200 × 60 %
    ['baseline.paybackMonths', 1_040 / 120, '8.7'],
    ['baseline.lifetimeMonths', 40, '40'], // 1 ÷ 2.5 %
    ['baseline.ltv', 4_800, '$4,800'], // $120 × 40
    ['baseline.roas', 6, '6'],
    ['aligned.clients', 24.5, '24.5'],
    ['ratio.opportunities', 1.4, '1.4'], // 70 ÷ 50: not "twice as many"
    ['ratio.clients', 1.96, '2'],
    ['change.clients', 12, '12'],
  ])('%s = %d (“%s”)', (key, value, text) => {
    const f = v(key);
    expect(f.value).toBeCloseTo(value, 6);
    expect(f.text).toBe(text);
  });

  it('first-year ROI counts gross margin, not revenue', () => {
    // (30,000 × 60 % − 13,000) ÷ 13,000 = 38.46 %
    expect(v('baseline.roi').value).toBeCloseTo(38.4615, 3);
  });

  it('runs what-ifs, and more reach costs more spend', () => {
    expect(v('baseline.clients', 'reach*1.2').value).toBeCloseTo(15);
    expect(v('baseline.clients', 'win*1.2').value).toBeCloseTo(15);
    expect(v('baseline.spend', 'reach*1.2').value).toBeCloseTo(6_000);
    expect(v('delta.spend', 'reach*1.2').value).toBeCloseTo(1_000);
    expect(v('baseline.cac', 'reach*1.2').value).toBeCloseTo(14_000 / 15);
    expect(v('baseline.cac', 'qualified=60').value).toBeCloseTo(13_000 / 15);
    expect(applyChange(base, 'win+5').win).toBe(30);
  });

  it('fails loudly on a name, a scope or a what-if it does not know', () => {
    expect(() => v('baseline.profit')).toThrow(/unknown figure "profit"/);
    expect(() => v('tomorrow.clients')).toThrow(/start with one of/);
    expect(() => v('baseline.clients', 'mood*2')).toThrow(/cannot read "mood\*2"/);
    expect(() => v('delta.clients')).toThrow(/needs a what-if/);
  });
});

describe('formatFigure', () => {
  it.each([
    [1_040.04, 'money', '$1,040'],
    [49.5, 'money', '$49.50'],
    [12.49, 'count', '12.5'],
    [35, 'percent', '35\u00a0%'],
    [8.666, 'months', '8.7'],
  ] as const)('%d as %s → %s', (n, unit, text) => {
    expect(formatFigure(n, unit)).toBe(text);
  });
});
