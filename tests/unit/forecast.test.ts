import { describe, expect, it } from 'vitest';
import {
  closeChanceByStage,
  expectedClosed,
  forecast,
  inputFromValues,
  sanitize,
  simulateClosed,
  type ForecastInput,
} from '~/lib/forecast/model';
import { forecastState } from '~/lib/forecast/state';

/** Every stage lasts exactly one week and lets half its deals through. */
const half: ForecastInput = {
  dealsPerWeek: 10,
  dealValue: 2400,
  horizon: 6,
  stages: [
    { probability: 0.5, weeks: 1 },
    { probability: 0.5, weeks: 1 },
    { probability: 0.5, weeks: 1 },
    { probability: 0.5, weeks: 1 },
  ],
  runs: 500,
  seed: 7,
};

describe('expected values (hand-computed)', () => {
  it('deals need four weeks to close, then 10 × 0.5⁴ = 0.625 close each week', () => {
    const { closed } = expectedClosed(half);
    expect(closed).toEqual([0, 0, 0, 0.625, 0.625, 0.625]);
  });

  it('weighted pipeline after week 4: 5 × ⅛ + 2.5 × ¼ + 1.25 × ½ = 1.875 deals = $4,500', () => {
    const f = forecast({ ...half, horizon: 4 });
    expect(f.openByStage).toEqual([0, 5, 2.5, 1.25]);
    expect(f.weightedDeals).toBeCloseTo(1.875, 10);
    expect(f.weightedPipeline).toBeCloseTo(4500, 6);
    expect(f.totalExpected).toBeCloseTo(0.625, 10);
    expect(f.totalRevenue).toBeCloseTo(1500, 6);
    expect(f.winRate).toBe(0.0625);
    expect(f.cycleWeeks).toBe(4);
  });

  it('a two-week stage lets half its deals leave each week', () => {
    const { closed } = expectedClosed({
      ...half,
      dealsPerWeek: 8,
      horizon: 3,
      stages: [
        { probability: 1, weeks: 2 },
        { probability: 1, weeks: 1 },
        { probability: 1, weeks: 1 },
        { probability: 1, weeks: 1 },
      ],
    });
    // Week 1: 4 of 8 leave qualified. Week 2: 4 + 8 in qualified, 6 leave. Nothing reaches closed yet.
    expect(closed).toEqual([0, 0, 0]);
    const longer = expectedClosed({
      ...half,
      dealsPerWeek: 8,
      horizon: 5,
      stages: [
        { probability: 1, weeks: 2 },
        { probability: 1, weeks: 1 },
        { probability: 1, weeks: 1 },
        { probability: 1, weeks: 1 },
      ],
    }).closed;
    // The 4 that left in week 1 close in week 4; the 6 that left in week 2 close in week 5.
    expect(longer).toEqual([0, 0, 0, 4, 6]);
  });

  it('chance to close from each stage multiplies the later stages', () => {
    expect(closeChanceByStage(half.stages)).toEqual([0.0625, 0.125, 0.25, 0.5]);
  });

  it('Leafline defaults win about a quarter of deals, like chapter 1', () => {
    const f = forecast(inputFromValues(forecastState.defaults));
    expect(f.winRate).toBeCloseTo(0.252, 3);
    expect(f.rows).toHaveLength(26);
    // Steady state: 12 deals a week × 0.252 ≈ 3 a week.
    expect(f.rows[25]!.expected).toBeCloseTo(3.024, 1);
  });
});

describe('Monte Carlo band', () => {
  it('the same seed gives the same band; another seed gives another', () => {
    const a = forecast(half);
    const b = forecast(half);
    const c = forecast({ ...half, seed: 8 });
    expect(b.rows).toEqual(a.rows);
    expect(Array.from(simulateClosed(half))).toEqual(Array.from(simulateClosed(half)));
    // Quantiles of whole deals are robust, so compare the runs themselves.
    expect(Array.from(simulateClosed({ ...half, seed: 8 }))).not.toEqual(Array.from(simulateClosed(half)));
    expect(c.rows.map((r) => r.expected)).toEqual(a.rows.map((r) => r.expected));
  });

  it('the band brackets the expected running total and its mean matches it', () => {
    const f = forecast({ ...half, horizon: 20, runs: 2000 });
    for (const r of f.rows) {
      expect(r.cumulativeP10).toBeLessThanOrEqual(r.cumulative + 1e-9);
      expect(r.cumulativeP90).toBeGreaterThanOrEqual(r.cumulative - 1e-9);
    }
    const sims = simulateClosed({ ...half, horizon: 20, runs: 2000 });
    const mean = sims.reduce((a, b) => a + b, 0) / 2000;
    expect(mean).toBeCloseTo(f.totalExpected, 0);
  });

  it('with certain stages the band collapses onto the expected line', () => {
    const sure = forecast({
      ...half,
      stages: half.stages.map(() => ({ probability: 1, weeks: 1 })),
    });
    for (const r of sure.rows) {
      expect(r.p10).toBe(r.expected);
      expect(r.p90).toBe(r.expected);
    }
  });
});

describe('bad and empty input', () => {
  it.each([
    ['no deals', { dealsPerWeek: 0 }],
    ['a stage at 0 %', { stages: [...half.stages.slice(0, 3), { probability: 0, weeks: 1 }] }],
  ])('%s gives an empty, flat forecast', (_name, patch) => {
    const f = forecast({ ...half, ...patch });
    expect(f.empty).toBe(true);
    expect(f.totalExpected).toBe(0);
    expect(f.rows.every((r) => r.p90 === 0 && r.cumulativeP90 === 0)).toBe(true);
  });

  it('sanitize clamps every input into its limits', () => {
    const s = sanitize({
      dealsPerWeek: -5,
      dealValue: Number.NaN,
      horizon: 500,
      stages: [{ probability: 7, weeks: 0 }],
      runs: 0,
      seed: -1,
    });
    expect(s.dealsPerWeek).toBe(0);
    expect(s.dealValue).toBe(0);
    expect(s.horizon).toBe(52);
    expect(s.stages).toHaveLength(4);
    expect(s.stages[0]).toEqual({ probability: 1, weeks: 1 });
    expect(s.stages[1]).toEqual({ probability: 0, weeks: 1 });
    expect(s.runs).toBe(1);
    expect(s.seed).toBe(1);
  });

  it('hostile URL values clamp with notices', () => {
    const { values, notices } = forecastState.parse('?deals=9999&p1=-3&weeks=<script>&seed=1e9');
    expect(values.deals).toBe(200);
    expect(values.p1).toBe(0);
    expect(values.weeks).toBe(26);
    // 1e9 is a number under the one number rule, so it clamps to the maximum.
    expect(values.seed).toBe(999_999);
    expect(notices).toHaveLength(4);
    expect(notices.join(' ')).toContain('New deals per week');
  });
});

import { delayDistribution } from '~/lib/forecast/model';

describe('time to close', () => {
  it('one-week stages: every closer takes exactly four weeks (closes 3 weeks after entering)', () => {
    expect(Array.from(delayDistribution(half.stages, 6))).toEqual([0, 0, 0, 1, 0, 0, 0]);
  });

  it('matches the expected model: 8 deals, sure stages, the first lasting two weeks', () => {
    const stages = [
      { probability: 1, weeks: 2 },
      { probability: 1, weeks: 1 },
      { probability: 1, weeks: 1 },
      { probability: 1, weeks: 1 },
    ];
    const d = Array.from(delayDistribution(stages, 5));
    expect(d.slice(0, 6)).toEqual([0, 0, 0, 0.5, 0.25, 0.125]);
  });

  it('the simulated mean per week matches the expected values', () => {
    const input = inputFromValues({ ...forecastState.defaults, weeks: 30 }, 4000);
    const sims = simulateClosed(input);
    const { closed } = expectedClosed(input);
    for (let w = 0; w < 30; w++) {
      let sum = 0;
      for (let r = 0; r < 4000; r++) sum += sims[r * 30 + w]!;
      expect(sum / 4000).toBeCloseTo(closed[w]!, 0);
    }
  });
});

import { countingSort } from '~/lib/forecast/model';

describe('countingSort', () => {
  it('orders whole counts like a numeric sort', () => {
    const values = Float64Array.from([3, 0, 7, 3, 1, 0, 12, 2]);
    expect(countingSort(values, [])).toEqual([0, 0, 1, 2, 3, 3, 7, 12]);
  });
});

import { expectedForecast, simulateBand, emptyReason, chartSummary } from '~/lib/forecast/model';
import { chartGeometry } from '~/lib/forecast/chart';

describe('the band apart from the expected values (the worker runs simulateBand)', () => {
  it.each([
    ['Leafline defaults', forecastState.defaults],
    ['a busy 52-week pipeline', { ...forecastState.defaults, weeks: 52, deals: 60, w1: 3, w2: 3, w3: 4, w4: 3 }],
    ['no deals', { ...forecastState.defaults, deals: 0 }],
  ])('%s: expected values plus the band are the whole forecast, number for number', (_name, values) => {
    const input = inputFromValues(values);
    expect(expectedForecast(input, simulateBand(input))).toEqual(forecast(input));
  });

  it('before the band arrives, and for a band of another horizon, the range is zero and the expectation unchanged', () => {
    const input = inputFromValues(forecastState.defaults);
    const other = simulateBand({ ...input, horizon: 10 });
    for (const f of [expectedForecast(input), expectedForecast(input, other)]) {
      expect(f.rows.every((r) => r.p10 === 0 && r.cumulativeP90 === 0)).toBe(true);
      expect(f.totalExpected).toBe(forecast(input).totalExpected);
    }
  });

  it('the band survives a structured clone (what postMessage does) unchanged', () => {
    const band = simulateBand(inputFromValues(forecastState.defaults));
    expect(structuredClone(band)).toEqual(band);
  });
});

describe('forecast state spec', () => {
  it.each([
    ['?deals=24&chart=weekly', { deals: 24, chart: 'weekly' }, 0],
    ['?w2=0.5', { w2: 1 }, 1],
    ['?w3=2.5', { w3: 2.5 }, 0],
    ['?chart=pie', { chart: 'revenue' }, 1],
    ['?value=1e3', { value: 1000 }, 0],
  ] as const)('%s reads as %o with %i notices', (query, expected, notices) => {
    const r = forecastState.parse(query);
    expect(r.values).toMatchObject(expected);
    expect(r.notices).toHaveLength(notices);
  });

  it('a deck station object clamps like a URL, and serialise round-trips', () => {
    const { values } = forecastState.parse({ deals: 500, p1: '50', chart: 'weekly', seed: 3 });
    expect(values).toMatchObject({ deals: 200, p1: 50, chart: 'weekly', seed: 3 });
    expect(forecastState.parse(forecastState.serialise(values)).values).toEqual(values);
  });
});

describe('words and chart geometry', () => {
  it.each([
    [{ ...forecastState.defaults, deals: 0 }, 'No new deals enter the pipeline, so none can close.'],
    [{ ...forecastState.defaults, p3: 0 }, 'No deal moves on from proposal (0 %), so none can close.'],
    [{ ...forecastState.defaults, p1: 0, p4: 0 }, 'No deal moves on from qualified or negotiation (0 %), so none can close.'],
    [forecastState.defaults, ''],
  ])('empty reason %#', (values, reason) => {
    expect(emptyReason(inputFromValues(values))).toBe(reason);
  });

  it('the summary names the horizon and the likely range', () => {
    const input = inputFromValues(forecastState.defaults);
    const text = chartSummary(forecast(input), input, 'revenue');
    expect(text).toMatch(/^Revenue closed so far, week by week\. By week 26 the expected total is \$[\d,]+; in 8 runs out of 10 it lands between \$[\d,]+ and \$[\d,]+\.$/);
  });

  it('ticks stay inside the box and the line spans the weeks', () => {
    const input = inputFromValues(forecastState.defaults);
    const f = forecast(input);
    const box = { width: 1600, height: 500, margin: { top: 24, right: 32, bottom: 84, left: 150 } };
    const g = chartGeometry(f.rows, 'revenue', input.dealValue, box, 110);
    expect(g.x(1)).toBe(150);
    expect(g.x(26)).toBe(1600 - 32);
    for (const t of g.yTicks) {
      expect(g.y(t.value)).toBeGreaterThanOrEqual(24 - 1e-9);
      expect(g.y(t.value)).toBeLessThanOrEqual(500 - 84 + 1e-9);
    }
    expect(g.line.startsWith('M150,')).toBe(true);
    expect(g.xTicks.length).toBeLessThanOrEqual(Math.floor(1600 / 110));
  });
});

import fc from 'fast-check';

describe('forecastState, any input (property-based)', () => {
  const F = forecastState.fields;
  it('any value for any key parses without throwing into the ranges, and round-trips', () => {
    fc.assert(
      fc.property(fc.constantFrom(...forecastState.keys), fc.string(), fc.double(), (key, text, n) => {
        // serialise writes six decimals (url-state), so the round trip is checked at that precision.
        const m = Number.isFinite(n) ? Math.round(n * 1e3) / 1e3 : n;
        for (const input of [`?${key}=${encodeURIComponent(text)}`, { [key]: m }, { [key]: text }]) {
          const { values } = forecastState.parse(input);
          for (const k of forecastState.keys) {
            const f = F[k];
            if (f.kind === 'number') {
              expect(values[k]).toBeGreaterThanOrEqual(f.min);
              expect(values[k]).toBeLessThanOrEqual(f.max);
            } else expect(f.values).toContain(values[k]);
          }
          expect(forecastState.parse(forecastState.serialise(values)).values).toEqual(values);
        }
      }),
    );
  });
});

import { area, line } from 'd3-shape';
import { areaPath, linePath } from '~/lib/forecast/chart';

describe('chart paths match d3-shape', () => {
  it.each([
    [[[0, 0], [10.04, 5.56], [20, -3.25]]],
    [[[1.25, 100], [2.35, 99.95]]],
    [[[5, 5]]],
  ] as const)('line %#', (pts) => {
    const d3 = line<readonly [number, number]>().digits(1)(pts as unknown as [number, number][]);
    expect(linePath(pts)).toBe(d3);
  });

  it('area: top edge forward, bottom edge back, closed', () => {
    const xs = [0, 10.04, 20];
    const top = [1, 2.56, 3.01];
    const bottom = [5, 6.5, 7.25];
    const d3 = area<number>()
      .digits(1)
      .x((_, i) => xs[i]!)
      .y1((_, i) => top[i]!)
      .y0((_, i) => bottom[i]!)(xs);
    expect(areaPath(xs, top, bottom)).toBe(d3);
  });
});
