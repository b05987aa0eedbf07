import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import {
  RECAP_MOMENTS,
  RECAP_MOMENT_LABELS,
  announcement,
  clampIndex,
  keyToMove,
  momentIndex,
  momentSchema,
  recapState,
  recapSchema,
  move,
  phaseSpans,
  stageLabel,
  teamCounts,
  type Moment,
} from '~/lib/recap/index.ts';

const file = loadYaml(readFileSync('content/recap.yaml', 'utf8')) as { journey: unknown };
const moments: Moment[] = recapSchema.parse(file.journey).moments;

describe('recap stepping', () => {
  it.each([
    [0, 12, 0],
    [5, 12, 5],
    [11, 12, 11],
    [12, 12, 11],
    [-3, 12, 0],
    [2.7, 12, 2],
    [Number.NaN, 12, 0],
    [Number.POSITIVE_INFINITY, 12, 0],
    [4, 0, 0],
  ])('clampIndex(%s, %s) = %s', (i, n, want) => {
    expect(clampIndex(i, n)).toBe(want);
  });

  it.each([
    [3, 'next', 4],
    [3, 'prev', 2],
    [0, 'prev', 0],
    [11, 'next', 11],
    [6, 'first', 0],
    [6, 'last', 11],
  ] as const)('from %s, %s lands on %s (of 12)', (from, how, want) => {
    expect(move(from, 12, how)).toBe(want);
  });

  it('maps Left, Right, Home and End, and nothing else', () => {
    expect(keyToMove('ArrowRight')).toBe('next');
    expect(keyToMove('ArrowLeft')).toBe('prev');
    expect(keyToMove('Home')).toBe('first');
    expect(keyToMove('End')).toBe('last');
    expect(keyToMove('ArrowUp')).toBeNull();
    expect(keyToMove('Enter')).toBeNull();
  });
});

describe('recap state', () => {
  const spec = recapState(moments.map((m) => m.id));

  it.each([
    ['', 0, false],
    ['?moment=1', 0, false],
    ['?moment=5', 4, false],
    ['?moment=10', 9, false],
    ['?moment=objection-close', 5, false],
    ['?moment=OBJECTION-CLOSE', 5, false],
    ['?moment=99', 9, true],
    ['?moment=0', 0, true],
    ['?moment=-4', 0, true],
    ['?moment=abc', 0, true],
    ['?moment=1e9', 9, true],
    ['?moment=%3Cscript%3E', 0, true],
  ])('%s shows moment index %s (notice: %s)', (q, index, hasNotice) => {
    const r = spec.parse(q);
    expect(momentIndex(r.values.moment, moments.length)).toBe(index);
    expect(r.notices.length > 0).toBe(hasNotice);
    // Notices are plain text (Svelte renders them as text), so an echoed "<script>" is harmless.
    for (const n of r.notices) expect(n).toMatch(/^Moment: /);
  });

  it('writes the 1-based position, and nothing for the first', () => {
    expect(spec.serialise({ moment: 1 })).toBe('');
    expect(spec.serialise({ moment: 7 })).toBe('?moment=7');
    expect(spec.clamp({ moment: 40 })).toEqual({ moment: 10 });
    expect(spec.parse({ moment: 'referral' }).values.moment).toBe(moments.findIndex((m) => m.id === 'referral') + 1);
  });
});

describe('recap text', () => {
  it('announces position, title and team', () => {
    expect(announcement(moments, 0)).toBe('Moment 1 of 10: She sees a video a colleague shared. Marketing acts.');
    expect(announcement(moments, 4)).toBe('Moment 5 of 10: Sam qualifies her, visits and presents. Sales acts.');
    expect(announcement(moments, 99)).toMatch(/^Moment 10 of 10: .+\. Both teams act\.$/);
    expect(announcement([], 0)).toBe('');
  });

  it('groups the journey into funnel, sale and after-purchase bands', () => {
    expect(phaseSpans(moments).map((p) => [p.phase, p.start, p.count])).toEqual([
      ['funnel', 0, 4],
      ['sale', 4, 3],
      ['after', 7, 3],
    ]);
    expect(phaseSpans([])).toEqual([]);
  });

  it('labels every stage with its phase', () => {
    expect(stageLabel('desire')).toBe('Marketing funnel: Desire');
    expect(stageLabel('objection-handling')).toBe('Sales process: Objection handling');
    expect(stageLabel('referral')).toBe('After the purchase: Referral');
    expect(stageLabel(['prospecting', 'approach', 'presentation'])).toBe(
      'Sales process: Prospecting, approach and presentation',
    );
    expect(stageLabel(['objection-handling', 'closing'])).toBe('Sales process: Objection handling and closing');
    expect(stageLabel([])).toBe('');
    expect(Object.keys(RECAP_MOMENT_LABELS)).toEqual([...RECAP_MOMENTS]);
  });
});

describe('content/recap.yaml', () => {
  it('has 10 to 12 moments with unique ids, from the first video to the referral', () => {
    expect(moments.length).toBeGreaterThanOrEqual(10);
    expect(moments.length).toBeLessThanOrEqual(12);
    expect(new Set(moments.map((m) => m.id)).size).toBe(moments.length);
    expect(moments[0]!.stages).toEqual(['awareness']);
    expect(moments.at(-1)!.stages).toEqual(['referral']);
  });

  it('moves forward through the stages, never back, covering all six steps of a sale', () => {
    const order = moments.flatMap((m) => m.stages.map((s) => RECAP_MOMENTS.indexOf(s)));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const s of ['awareness', 'interest', 'desire', 'action', 'prospecting', 'approach', 'presentation', 'objection-handling', 'closing', 'follow-up'] as const) {
      expect(moments.some((m) => m.stages.includes(s)), s).toBe(true);
    }
  });

  it('matches chapter 8: four marketing moments, three sales, then both, sales, both', () => {
    expect(moments.map((m) => m.team)).toEqual([
      'marketing', 'marketing', 'marketing', 'marketing',
      'sales', 'sales', 'sales',
      'both', 'sales', 'both',
    ]);
    const c = teamCounts(moments);
    expect(c).toEqual({ marketing: 4, sales: 4, both: 2 });
    // The hand-over: the action stage is marketing's last moment, and sales takes the next.
    const action = moments.findIndex((m) => m.stages.includes('action'));
    expect(moments[action]!.team).toBe('marketing');
    expect(moments[action + 1]!.team).toBe('sales');
  });

  it('uses the running example’s numbers', () => {
    const figures = moments.map((m) => m.figure ?? '').join(' | ');
    for (const f of ['20,000', '2,000 ', '500 ', '100 leads', '50 of the 100', '$2,400', '25\u00a0% win rate']) {
      expect(figures).toContain(f);
    }
  });

  it('rejects a journey with a repeated id, naming where', () => {
    const r = recapSchema.safeParse({ title: 'Test', moments: [moments[0], moments[1], moments[0]] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['moments', 2, 'id']);
  });

  it('rejects a moment with an unknown team or stage', () => {
    const bad = { ...moments[0]!, team: 'finance' };
    expect(momentSchema.safeParse(bad).success).toBe(false);
    expect(momentSchema.safeParse({ ...moments[0]!, stages: ['delight'] }).success).toBe(false);
    expect(momentSchema.safeParse({ ...moments[0]!, stages: [] }).success).toBe(false);
    expect(momentSchema.safeParse({ ...moments[0]!, stages: ['closing', 'approach'] }).success).toBe(false);
  });
});
