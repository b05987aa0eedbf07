/**
 * The extended funnel model, checked against numbers worked out by hand:
 * sales capacity, spend that follows reach, payback on gross margin,
 * churn-weighted lifetime value, ROAS and ROI kept apart, goal mode with
 * capacity, the lever comparison and the four-number entry.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, computeFunnel, customersFrom, funnelCounts, type FunnelInputs } from '~/lib/funnel/model.ts';
import { computeGoal, forwardFrom } from '~/lib/funnel/goal.ts';
import {
  benchmarkLevers,
  equalStepLevers,
  keyFigureRows,
  leverAdvice,
  salesLine,
  summarize,
  summarizeGoal,
} from '~/lib/funnel/describe.ts';
import { fromFourNumbers } from '~/lib/funnel/four.ts';
import { RATE_KEYS } from '~/lib/funnel/model.ts';

const leafline: FunnelInputs = { ...DEFAULT_INPUTS };
const with_ = (patch: Partial<FunnelInputs>): FunnelInputs => ({ ...leafline, ...patch });

function noBadNumbers(value: unknown): void {
  const text = JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? `BAD:${v}` : v));
  expect(text).not.toContain('BAD:');
}

/*
 * Leafline by hand: 20,000 × 10 % × 25 % × 20 % = 100 leads; × 50 % = 50
 * opportunities (Sam can work 80); × 25 % = 12.5 new clients. Spend 20,000 ×
 * $0.25 = $5,000; sales $8,000. Fee $2,400 ÷ 12 = $200; margin 60 % → $120 a
 * month. CAC 13,000 ÷ 12.5 = $1,040; payback 1,040 ÷ 120 = 8.67 months; LTV
 * 120 ÷ 2.5 % = $4,800; LTV:CAC 4.62; ROAS 30,000 ÷ 5,000 = 6; ROI (30,000 ×
 * 0.6 − 13,000) ÷ 13,000 = 38.5 %.
 */
interface Case {
  name: string;
  inputs: FunnelInputs;
  counts: number[];
  worked: number;
  contract: number;
  mrr: number;
  spend: number;
  cpl: number | null;
  cac: number | null;
  payback: number | null;
  ltv: number | null;
  ltvToCac: number | null;
  roas: number | null;
  roi: number | null;
}

const cases: Case[] = [
  {
    name: 'Leafline today',
    inputs: leafline,
    counts: [20000, 2000, 500, 100, 50, 12.5],
    worked: 50,
    contract: 30000,
    mrr: 2500,
    spend: 5000,
    cpl: 50,
    cac: 1040,
    payback: 1040 / 120,
    ltv: 4800,
    ltvToCac: 4800 / 1040,
    roas: 6,
    roi: 5000 / 13000,
  },
  {
    // 40,000 reached: 200 leads, 100 opportunities, only 80 worked → 20 clients, not 25.
    name: 'double the reach with a full diary',
    inputs: with_({ reach: 40000 }),
    counts: [40000, 4000, 1000, 200, 100, 20],
    worked: 80,
    contract: 48000,
    mrr: 4000,
    spend: 10000,
    cpl: 50,
    cac: 18000 / 20,
    payback: 900 / 120,
    ltv: 4800,
    ltvToCac: 4800 / 900,
    roas: 4.8,
    roi: (48000 * 0.6 - 18000) / 18000,
  },
  {
    // A second salesperson: capacity 160, all 100 worked → 25 clients; sales cost $16,000.
    name: 'double the reach and a second salesperson',
    inputs: with_({ reach: 40000, reps: 2 }),
    counts: [40000, 4000, 1000, 200, 100, 25],
    worked: 100,
    contract: 60000,
    mrr: 5000,
    spend: 10000,
    cpl: 50,
    cac: 26000 / 25,
    payback: 1040 / 120,
    ltv: 4800,
    ltvToCac: 4800 / 1040,
    roas: 6,
    roi: (36000 - 26000) / 26000,
  },
  {
    name: 'the chapter-7 change (qualification 70 %, win 35 %)',
    inputs: with_({ qualified: 70, win: 35 }),
    counts: [20000, 2000, 500, 100, 70, 24.5],
    worked: 70,
    contract: 58800,
    mrr: 4900,
    spend: 5000,
    cpl: 50,
    cac: 13000 / 24.5,
    payback: 13000 / 24.5 / 120,
    ltv: 4800,
    ltvToCac: 4800 / (13000 / 24.5),
    roas: 58800 / 5000,
    roi: (58800 * 0.6 - 13000) / 13000,
  },
  {
    name: 'dearer reach: $0.50 a person',
    inputs: with_({ cpr: 0.5 }),
    counts: [20000, 2000, 500, 100, 50, 12.5],
    worked: 50,
    contract: 30000,
    mrr: 2500,
    spend: 10000,
    cpl: 100,
    cac: 18000 / 12.5,
    payback: 1440 / 120,
    ltv: 4800,
    ltvToCac: 4800 / 1440,
    roas: 3,
    roi: (18000 - 18000) / 18000,
  },
  {
    // Margin 100 %, churn 5 %: $200 a month for 20 months on average.
    name: 'all margin, faster churn',
    inputs: with_({ margin: 100, churn: 5 }),
    counts: [20000, 2000, 500, 100, 50, 12.5],
    worked: 50,
    contract: 30000,
    mrr: 2500,
    spend: 5000,
    cpl: 50,
    cac: 1040,
    payback: 5.2,
    ltv: 4000,
    ltvToCac: 4000 / 1040,
    roas: 6,
    roi: 17000 / 13000,
  },
  {
    name: 'nobody reached',
    inputs: with_({ reach: 0 }),
    counts: [0, 0, 0, 0, 0, 0],
    worked: 0,
    contract: 0,
    mrr: 0,
    spend: 0,
    cpl: null,
    cac: null,
    payback: null,
    ltv: 4800,
    ltvToCac: null,
    roas: null,
    roi: -1,
  },
  {
    name: 'everything at its maximum',
    inputs: {
      reach: 10_000_000,
      interest: 100,
      desire: 100,
      action: 100,
      cpr: 1000,
      qualified: 100,
      win: 100,
      deal: 10_000_000,
      margin: 100,
      churn: 100,
      reps: 1000,
      capacity: 10_000,
      salescost: 10_000_000,
    },
    counts: Array(6).fill(10_000_000),
    worked: 10_000_000,
    contract: 1e14,
    mrr: 1e14 / 12,
    spend: 1e10,
    cpl: 1000,
    cac: 2000,
    payback: 2000 / (1e7 / 12),
    ltv: 1e7 / 12,
    ltvToCac: 1e7 / 12 / 2000,
    roas: 1e4,
    roi: (1e14 - 2e10) / 2e10,
  },
];

describe('forward model with capacity, spend per reach, margin and churn', () => {
  it.each(cases)('$name', (c) => {
    const r = computeFunnel(c.inputs);
    expect(r.stages.map((s) => s.count)).toEqual(c.counts.map((n) => expect.closeTo(n, 9)));
    expect(r.sales.worked).toBeCloseTo(c.worked, 9);
    const f = r.figures;
    const pairs: [number | null, number | null][] = [
      [f.contractValue, c.contract],
      [f.newMrr, c.mrr],
      [f.marketingSpend, c.spend],
      [f.costPerLead, c.cpl],
      [f.acquisitionCost, c.cac],
      [f.paybackMonths, c.payback],
      [f.lifetimeValue, c.ltv],
      [f.ltvToCac, c.ltvToCac],
      [f.roas, c.roas],
      [f.roi, c.roi],
    ];
    for (const [got, want] of pairs) {
      if (want === null) expect(got).toBeNull();
      else expect(Math.abs(got! - want) / Math.max(1, Math.abs(want))).toBeLessThan(1e-9);
    }
    noBadNumbers(r);
    for (const [, text] of keyFigureRows(f)) expect(text).not.toMatch(/NaN|Infinity|undefined/);
    expect(summarize(r)).not.toMatch(/NaN|Infinity|undefined/);
  });

  it.each([
    { reach: 20000, reps: 1, capacity: 80, worked: 50, unworked: 0, clients: 12.5 },
    { reach: 32000, reps: 1, capacity: 80, worked: 80, unworked: 0, clients: 20 },
    { reach: 40000, reps: 1, capacity: 80, worked: 80, unworked: 20, clients: 20 },
    { reach: 80000, reps: 1, capacity: 80, worked: 80, unworked: 120, clients: 20 },
    { reach: 80000, reps: 3, capacity: 50, worked: 150, unworked: 50, clients: 37.5 },
    { reach: 20000, reps: 1, capacity: 10, worked: 10, unworked: 40, clients: 2.5 },
  ])('capacity: $reach reached, $reps × $capacity → $worked worked, $unworked waiting', (c) => {
    const { counts, worked, unworked } = funnelCounts(with_(c));
    expect(worked).toBeCloseTo(c.worked, 9);
    expect(unworked).toBeCloseTo(c.unworked, 9);
    expect(counts[5]).toBeCloseTo(c.clients, 9);
  });

  it('says how full the diary is, and what waits when it is full', () => {
    expect(salesLine(computeFunnel(leafline))).toBe(
      'Sales works 50 of the 80 opportunities it has time for each month (63% of its diary).',
    );
    expect(salesLine(computeFunnel(with_({ reach: 40000 })))).toContain('has 100: 20 wait');
    expect(summarize(computeFunnel(with_({ reach: 40000 })))).toContain('so 20 wait');
  });

  it('summarizes the baseline in one sentence with numbers', () => {
    expect(summarize(computeFunnel(leafline))).toBe(
      'Of 20,000 people reached, 12.5 become new clients each month (0.06% overall). The most people drop out between people reached and interested: 18,000 people.',
    );
    expect(summarize(computeFunnel(with_({ win: 0 })))).toContain('The win rate is 0%, so nobody gets past that step.');
  });

  it('names each figure for what it is, ROAS and ROI apart', () => {
    expect(keyFigureRows(computeFunnel(leafline).figures)).toEqual([
      ['New clients a month', '12.5'],
      ['New contract value a month', '$30,000'],
      ['New monthly recurring revenue', '$2,500'],
      ['Marketing spend a month', '$5,000'],
      ['Cost per lead', '$50'],
      ['Customer acquisition cost', '$1,040'],
      ['Payback on gross margin', '8.7 months'],
      ['Lifetime value (gross margin)', '$4,800'],
      ['LTV : CAC', '4.6 : 1'],
      ['Return on ad spend (ROAS)', '$6 per $1'],
      ['First-year return on investment (ROI)', '38.5%'],
    ]);
  });

  it('more reach or a better rate never loses a client', () => {
    for (const k of ['reach', ...RATE_KEYS] as const) {
      let prev = -1;
      for (const f of [0, 0.25, 0.5, 1, 1.5, 2, 4]) {
        const v = k === 'reach' ? 20000 * f : Math.min(100, leafline[k] * f);
        const c = computeFunnel(with_({ [k]: v })).figures.customers;
        expect(c).toBeGreaterThanOrEqual(prev - 1e-9);
        prev = c;
      }
    }
  });
});

describe('goal mode with capacity', () => {
  it.each([
    { goal: 25, reach: 40000, opportunities: 100, salespeople: 2, short: true },
    { goal: 13, reach: 20800, opportunities: 52, salespeople: 1, short: false },
    { goal: 20, reach: 32000, opportunities: 80, salespeople: 1, short: false },
    { goal: 21, reach: 33600, opportunities: 84, salespeople: 2, short: true },
  ])('$goal new clients need $reach reached, $opportunities opportunities, $salespeople salespeople', (c) => {
    const g = computeGoal(leafline, c.goal);
    expect(g.feasible).toBe(true);
    expect(g.reach).toBe(c.reach);
    expect(g.opportunities).toBe(c.opportunities);
    expect(g.salespeopleNeeded).toBe(c.salespeople);
    expect(g.capacityShort).toBe(c.short);
    // With the salespeople it names, the reach it names meets the goal, and one person fewer does not.
    const staffed = with_({ reps: Math.max(1, c.salespeople) });
    expect(customersFrom(c.reach, staffed)).toBeGreaterThanOrEqual(c.goal);
    expect(customersFrom(c.reach - 1, staffed)).toBeLessThan(c.goal);
    // The goal's figures count the spend of that reach and the cost of those salespeople.
    expect(g.figures!.marketingSpend).toBeCloseTo(c.reach * 0.25, 6);
    expect(g.figures!.salesCost).toBe(8000 * c.salespeople);
  });

  it('says when the goal needs more salespeople than there are', () => {
    expect(summarizeGoal(computeGoal(leafline, 25), 1)).toBe(
      'To win 25 new clients a month at these rates, you need to reach 40,000 people and hand sales 200 leads. Working 100 opportunities a month takes 2 salespeople, not 1.',
    );
    expect(summarizeGoal(computeGoal(leafline, 13), 1)).not.toContain('salespeople');
  });

  it('every stage it asks for is the smallest that meets the goal', () => {
    const g = computeGoal(with_({ interest: 7.3, desire: 33.3, action: 11.1, qualified: 66.7, win: 9.9 }), 17);
    const rates = RATE_KEYS.map((k) => [7.3, 33.3, 11.1, 66.7, 9.9][RATE_KEYS.indexOf(k)]! / 100);
    g.counts.forEach((n, i) => {
      expect(Number.isInteger(n)).toBe(true);
      expect(forwardFrom(n!, i, rates)).toBeGreaterThanOrEqual(17);
      if (n! > 0) expect(forwardFrom(n! - 1, i, rates)).toBeLessThan(17);
    });
  });

  it('a zero rate makes any goal unreachable, with a reason', () => {
    const g = computeGoal(with_({ qualified: 0 }), 10);
    expect(g.feasible).toBe(false);
    expect(g.reach).toBeNull();
    expect(g.figures).toBeNull();
    expect(summarizeGoal(g, 1)).toContain('while the qualification rate is 0%');
  });

  it('rounds a fractional goal up and clamps garbage', () => {
    expect(computeGoal(leafline, 2.2).goal).toBe(3);
    expect(computeGoal(leafline, Number.NaN).goal).toBe(25);
    expect(computeGoal(leafline, -4).goal).toBe(0);
    expect(computeGoal(leafline, 0).counts).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('levers: a benchmark and the cost of moving, not the smallest rate', () => {
  it('against the aligned scenario, qualification and win rate gain clients for no added spend', () => {
    const levers = benchmarkLevers(leafline, with_({ qualified: 70, win: 35 }));
    expect(levers.map((l) => [l.key, l.gain, l.addedSpend])).toEqual([
      ['qualified', expect.closeTo(5, 9), 0],
      ['win', expect.closeTo(5, 9), 0],
    ]);
    expect(leverAdvice(levers, 'Aligned')).toBe(
      'Matching Aligned, the qualification rate 50% → 70% would add 5 new clients a month with no added spend (it takes work, not money, in this model).',
    );
  });

  it('compares changes of equal size: +40 % reach costs money, +40 % of a rate does not', () => {
    const levers = equalStepLevers(leafline, 0.4);
    const by = Object.fromEntries(levers.map((l) => [l.key, l]));
    // Every lever brings 12.5 × 1.4 = 17.5 clients (the diary holds 70 opportunities)…
    for (const k of ['reach', 'interest', 'desire', 'action', 'qualified', 'win']) expect(by[k]!.gain).toBeCloseTo(5, 9);
    // …but reach adds 8,000 × $0.25 = $2,000 a month, so it ranks last.
    expect(by.reach!.addedSpend).toBeCloseTo(2000, 9);
    expect(by.reach!.spendPerExtraClient).toBeCloseTo(400, 9);
    expect(levers[levers.length - 1]!.key).toBe('reach');
  });

  it('says when sales capacity stops a lever', () => {
    const [reach] = leverEffectsFor({ reach: 40000 });
    expect(reach!.cappedBySales).toBe(true);
    expect(reach!.gain).toBeCloseTo(7.5, 9);
    expect(leverAdvice([reach!], 'double reach')).toContain('Sales capacity limits it');
  });

  it('the smallest rate is not the advice: Leafline’s smallest rate ranks by its gain and cost like any other', () => {
    const levers = equalStepLevers(leafline, 0.4);
    // Awareness to interest (10 %) is the smallest rate; it is not singled out.
    expect(leverAdvice(levers, '40 % more of each')).not.toMatch(/smallest/);
  });
});

function leverEffectsFor(targets: Partial<FunnelInputs>) {
  return benchmarkLevers(leafline, with_(targets));
}

describe('your funnel in four numbers', () => {
  it.each([
    {
      name: 'Leafline’s own month',
      four: { reached: 20000, leads: 100, opportunities: 50, customers: 12.5 },
      split: 17.1,
      qualified: 50,
      win: 25,
    },
    { name: 'a cube-friendly month', four: { reached: 8000, leads: 8, opportunities: 4, customers: 1 }, split: 10, qualified: 50, win: 25 },
    { name: 'every lead a client', four: { reached: 1000, leads: 1000, opportunities: 1000, customers: 1000 }, split: 100, qualified: 100, win: 100 },
  ])('$name', ({ four, split, qualified, win }) => {
    const r = fromFourNumbers(four, { reps: 100, capacity: 100 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.splitRate).toBe(split);
    expect(r.patch).toMatchObject({ reach: four.reached, interest: split, desire: split, action: split, qualified, win });
    // The stages come back to the counts given, within the rounding of the rates.
    const c = computeFunnel(with_({ ...r.patch, reps: 100, capacity: 100 })).stages.map((s) => s.count);
    expect(Math.abs(c[3]! - four.leads) / Math.max(1, four.leads)).toBeLessThan(0.005);
    expect(c[5]).toBeCloseTo(four.customers, 1);
  });

  it('raises the capacity when more opportunities were worked than it allows', () => {
    const r = fromFourNumbers({ reached: 40000, leads: 200, opportunities: 100, customers: 25 }, { reps: 1, capacity: 80 });
    expect(r.ok && r.patch.capacity).toBe(100);
  });

  it.each([
    { four: { reached: 0, leads: 0, opportunities: 0, customers: 0 }, message: 'People reached must be more than 0.' },
    { four: { reached: 100, leads: 200, opportunities: 0, customers: 0 }, message: 'Leads cannot be more than people reached.' },
    { four: { reached: 100, leads: 10, opportunities: 5, customers: 6 }, message: 'New customers cannot be more than opportunities.' },
    { four: { reached: 100, leads: Number.NaN, opportunities: 5, customers: 1 }, message: 'Leads must be a number of 0 or more.' },
  ])('refuses $message', ({ four, message }) => {
    expect(fromFourNumbers(four, leafline)).toEqual({ ok: false, message });
  });
});
