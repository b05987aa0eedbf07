/**
 * The team models: role filters and comparison, the sorting game, the journey
 * layout and market numbers, the alignment scorecard and its radar, each
 * widget's state spec (round trips, old links, hostile input), and the four
 * content files against their schemas.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { roleSchema } from '~/lib/roles/schema';
import { compareRoles, compareWith, describeFilter, filterOf, filterRoles, isFiltered, orderRoles, teamColumn, type Role } from '~/lib/roles';
import { rolesState } from '~/lib/roles/state';
import { sortTaskSchema } from '~/lib/sorting/schema';
import {
  bucketCounts,
  bucketForKey,
  canCheck,
  checkGame,
  currentTask,
  gameFromValues,
  valuesFromGame,
  newGame,
  nextSeed,
  nextUnplaced,
  placeTask,
  scoreGame,
  selectTask,
  tasksIn,
  unplaceTask,
  unplacedIds,
  type SortTask,
} from '~/lib/sorting';
import { FIRST_SEED, sortingState } from '~/lib/sorting/state';
import { journeyPhaseSchema } from '~/lib/journey/schema';
import {
  JOURNEY_STAGES,
  buyerPath,
  layoutJourney,
  AFTER_PURCHASE_ASSUMED,
  marketCounts,
  marketMonth,
  moveFocus,
  yearRetention,
  selectedIndex,
  selectionOf,
  stageStrip,
  type JourneyPhase,
} from '~/lib/journey';
import { journeyState } from '~/lib/journey/state';
import { computeFunnel, rateFractions, type FunnelInputs } from '~/lib/funnel/model';
import { practiceSchema } from '~/lib/alignment/schema';
import {
  PRACTICE_IDS,
  describeOverall,
  leaflineExamples,
  scoreCard,
  scorecardInputs,
  setPracticeScore,
  statementCount,
  type Practice,
} from '~/lib/alignment';
import { parseDigits, scorecardState } from '~/lib/alignment/state';
import { radarGeometry, radarLayout, wrapLabel } from '~/lib/alignment/radar';

function load(file: string): unknown[] {
  return parseYaml(readFileSync(`content/${file}`, 'utf8')) as unknown[];
}

const roles = orderRoles(load('roles.yaml').map((r) => roleSchema.parse(r)));
const tasks = load('sort-tasks.yaml').map((t) => sortTaskSchema.parse(t));
const phases = load('journey.yaml').map((p) => journeyPhaseSchema.parse(p));
const practices = PRACTICE_IDS.map((id) => load('alignment.yaml').map((p) => practiceSchema.parse(p)).find((p) => p.id === id)!);

describe('content files', () => {
  it('has the nine roles, four selling and five marketing', () => {
    expect(roles).toHaveLength(9);
    expect(roles.filter((r) => r.team === 'sales').map((r) => r.id)).toEqual([
      'account-executive',
      'sales-manager',
      'account-manager',
      'sales-analyst',
    ]);
    expect(roles.filter((r) => r.team === 'marketing')).toHaveLength(5);
  });
  it.each([
    ['account-executive', 'Sam'],
    ['sales-manager', 'Nadia'],
    ['account-manager', 'Ruth'],
    ['marketing-manager', 'Ava'],
    ['content-creator', 'Kofi'],
    ['seo-specialist', 'Kofi'],
  ])('maps %s to %s at Leafline', (id, who) => {
    expect(roles.find((r) => r.id === id)!.leafline.who).toContain(who);
  });
  it('says who covers the roles Leafline has no one for', () => {
    for (const id of ['sales-analyst', 'marketing-analyst', 'marketing-coordinator']) {
      expect(roles.find((r) => r.id === id)!.leafline.who).toMatch(/No one full-time/);
    }
  });
  it('has at least 24 sorting tasks with unique ids and every answer used', () => {
    expect(tasks.length).toBeGreaterThanOrEqual(24);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
    for (const a of ['sales', 'marketing', 'both']) expect(tasks.some((t) => t.answer === a)).toBe(true);
  });
  it('has one journey phase per stage, with unique touchpoint ids', () => {
    expect(phases.map((p) => p.id)).toEqual([...JOURNEY_STAGES]);
    const ids = phases.flatMap((p) => p.touchpoints.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('has the five practices with two or three statements each', () => {
    expect(practices.map((p) => p.id)).toEqual([...PRACTICE_IDS]);
    for (const p of practices) expect(p.statements.length).toBeGreaterThanOrEqual(2);
  });
});

function messages(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('\n');
}

describe('schemas reject bad entries with a message that names the problem', () => {
  const role = roles[0]!;
  it.each([
    ['unknown stage', { ...role, stages: ['awareness', 'closing'] }, /unknown stage "closing"/],
    ['unknown horizon', { ...role, horizon: 'decades' }, /unknown time horizon "decades"/],
    ['missing mission', { ...role, mission: undefined }, /mission/],
    ['extra field', { ...role, salary: 1 }, /salary/],
  ])('role: %s', (_name, bad, msg) => {
    const r = roleSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(messages(r.error!.issues)).toMatch(msg);
  });
  it('task with an unknown answer', () => {
    const r = sortTaskSchema.safeParse({ ...tasks[0], answer: 'finance' });
    expect(messages(r.error!.issues)).toMatch(/unknown answer "finance"/);
  });
  it('journey phase with an unknown stage or lane', () => {
    expect(messages(journeyPhaseSchema.safeParse({ ...phases[0], id: 'onboarding' }).error!.issues)).toMatch(
      /unknown stage "onboarding"/,
    );
    const badLane = { ...phases[0], touchpoints: [{ ...phases[0]!.touchpoints[0], lane: 'finance' }] };
    expect(messages(journeyPhaseSchema.safeParse(badLane).error!.issues)).toMatch(/unknown lane "finance"/);
  });
  it('practice with one statement', () => {
    const r = practiceSchema.safeParse({ ...practices[0], statements: ['Only one statement here.'] });
    expect(messages(r.error!.issues)).toMatch(/two or three statements/);
  });
});

describe('role filters', () => {
  it.each([
    [{ stage: 'all', horizon: 'all' }, 9],
    [{ stage: 'desire', horizon: 'all' }, 4],
    [{ stage: 'purchase', horizon: 'all' }, 4],
    [{ stage: 'referral', horizon: 'all' }, 2],
    [{ stage: 'all', horizon: 'days' }, 3],
    [{ stage: 'all', horizon: 'years' }, 1],
    [{ stage: 'awareness', horizon: 'months' }, 2],
    [{ stage: 'referral', horizon: 'days' }, 0],
  ] as const)('%o keeps %i roles', (filter, n) => {
    expect(filterRoles(roles, filter)).toHaveLength(n);
  });
  it.each([
    ['Ava', ['marketing-coordinator', 'marketing-analyst', 'marketing-manager']],
    ['Kofi', ['marketing-coordinator', 'content-creator', 'seo-specialist']],
    ['Nadia', ['sales-manager', 'sales-analyst']],
    ['Sam', ['account-executive']],
    ['Ruth', ['account-manager']],
  ] as const)('the hats %s wears', (person, ids) => {
    expect(filterRoles(roles, { stage: 'all', horizon: 'all', person }).map((r) => r.id)).toEqual(ids);
  });
  it('combines the person filter with the others', () => {
    expect(describeFilter(1, 9, { stage: 'all', horizon: 'years', person: 'Ava' })).toBe(
      '1 of 9 role matches: time horizon a year and beyond; held by Ava.',
    );
  });
  it('keeps the original order', () => {
    const ids = filterRoles(roles, { stage: 'desire', horizon: 'all' }).map((r) => r.id);
    expect(ids).toEqual(['marketing-coordinator', 'content-creator', 'marketing-analyst', 'marketing-manager']);
  });
  it.each([
    [9, 9, { stage: 'all', horizon: 'all' }, 'All 9 roles shown.'],
    [4, 9, { stage: 'desire', horizon: 'all' }, '4 of 9 roles match: stage Desire.'],
    [1, 9, { stage: 'all', horizon: 'years' }, '1 of 9 role matches: time horizon a year and beyond.'],
    [0, 9, { stage: 'referral', horizon: 'days' }, 'No role matches: stage Referral; time horizon days and weeks.'],
  ] as const)('describes %i of %i', (count, total, filter, text) => {
    expect(describeFilter(count, total, filter)).toBe(text);
  });
});

describe('role comparison', () => {
  const get = (id: string) => roles.find((r) => r.id === id)! as Role;
  it('compares row by row in a fixed order', () => {
    const rows = compareRoles(get('account-executive'), get('marketing-manager'));
    expect(rows.map((r) => r.key)).toEqual(['team', 'mission', 'responsibilities', 'metrics', 'stages', 'horizon', 'tools', 'leafline']);
    expect(rows[0]).toMatchObject({ a: ['Sales'], b: ['Marketing'], shared: [] });
    expect(rows.find((r) => r.key === 'stages')!.shared).toEqual(['Action', 'Purchase']);
    expect(rows.find((r) => r.key === 'tools')!.shared).toEqual(['CRM']);
  });
  it('marks a shared team and horizon', () => {
    const rows = compareRoles(get('sales-manager'), get('account-manager'));
    expect(rows[0]!.shared).toEqual(['Sales']);
    expect(rows.find((r) => r.key === 'horizon')!.shared).toEqual(['Months and quarters']);
  });
  it('opens with the first sales role against the first marketing role', () => {
    const first = (team: string) => roles.find((r) => r.team === team)!.id;
    expect([rolesState.defaults.rolea, rolesState.defaults.roleb]).toEqual([first('sales'), first('marketing')]);
    expect(rolesState.defaults.role).toBe(roles[0]!.id);
  });
  it('"Compare this role" puts it first and moves the first role second', () => {
    expect(compareWith({ rolea: 'account-executive', roleb: 'seo-specialist' }, 'account-manager')).toEqual({
      rolea: 'account-manager',
      roleb: 'account-executive',
    });
    expect(compareWith({ rolea: 'account-manager', roleb: 'seo-specialist' }, 'account-manager')).toEqual({
      rolea: 'account-manager',
      roleb: 'seo-specialist',
    });
  });
  it('counts each team column under a filter', () => {
    const f = filterOf({ rolestage: 'desire', rolehorizon: 'all', roleperson: 'all' });
    expect(isFiltered(f)).toBe(true);
    expect(teamColumn(roles, 'sales', f)).toMatchObject({ shown: [], total: 4 });
    expect(teamColumn(roles, 'marketing', f).shown).toHaveLength(4);
    expect(isFiltered(filterOf(rolesState.defaults))).toBe(false);
  });
});

describe('sorting game', () => {
  const pool = tasks as SortTask[];
  it('deals the same round for the same seed and a different one for the next seed', () => {
    const a = newGame(pool, 42);
    expect(newGame(pool, 42).order).toEqual(a.order);
    expect(a.order).toHaveLength(12);
    expect(new Set(a.order).size).toBe(12);
    expect(newGame(pool, nextSeed(42)).order).not.toEqual(a.order);
  });
  it('picks, places, moves and takes back tasks', () => {
    let g = newGame(pool, 1, 3);
    const [t1, t2] = g.order as [string, string, string];
    g = selectTask(g, t1);
    expect(g.selected).toBe(t1);
    g = placeTask(g, 'sales');
    expect(g.placed[t1]).toBe('sales');
    expect(g.selected).toBeNull();
    expect(tasksIn(g, 'sales')).toEqual([t1]);
    g = placeTask(g, 'both', t1);
    expect(tasksIn(g, 'both')).toEqual([t1]);
    g = unplaceTask(g, t1);
    expect(unplacedIds(g)).toHaveLength(3);
    expect(placeTask(g, 'sales')).toBe(g); // nothing picked up: no change
    expect(selectTask(g, 'no-such-task')).toBe(g);
    expect(nextUnplaced(placeTask(g, 'sales', t1), t1)).toBe(t2);
  });
  it('checks only when every task is placed, then scores each one', () => {
    let g = newGame(pool, 7, 4);
    expect(canCheck(g)).toBe(false);
    expect(checkGame(g)).toBe(g);
    const byId = new Map(pool.map((t) => [t.id, t]));
    g.order.forEach((id, i) => {
      const right = byId.get(id)!.answer;
      g = placeTask(g, i === 0 ? (right === 'sales' ? 'marketing' : 'sales') : right, id);
    });
    expect(canCheck(g)).toBe(true);
    g = checkGame(g);
    expect(g.checked).toBe(true);
    const s = scoreGame(g, pool);
    expect(s).toMatchObject({ right: 3, total: 4 });
    expect(s.results[0]!.correct).toBe(false);
    // After checking the board is frozen.
    expect(placeTask(g, 'both', g.order[1]!)).toBe(g);
  });
});

/** The market view as the build makes it: Leafline today through the funnel model, the scenario's churn. */
const baseline = (parseYaml(readFileSync('content/scenarios/baseline.yaml', 'utf8')) as { inputs: FunnelInputs }).inputs;
const [rInterest, rDesire, rAction, rQualified, rWin] = rateFractions(baseline) as [number, number, number, number, number];
const market = marketCounts(
  marketMonth(computeFunnel(baseline).stages.map((st) => st.count), {
    interest: rInterest,
    desire: rDesire,
    action: rAction,
    qualified: rQualified,
    win: rWin,
  }),
  { monthlyChurn: baseline.churn, ...AFTER_PURCHASE_ASSUMED },
);

describe('journey map', () => {
  it.each([
    [0, 1],
    [2.5, 0.737998],
    [100, 0],
    [-5, 1],
  ])('with %s %% leaving a month, a share of %s is there after a year', (churn, share) => {
    expect(yearRetention(churn)).toBeCloseTo(share, 6);
  });
  // 12.5 clients × 0.975^12 = 9.2250 stay; 30 % of them buy more, 20 % refer.
  it.each([
    ['awareness', 20000, false],
    ['interest', 2000, false],
    ['desire', 500, false],
    ['action', 100, false],
    ['purchase', 12.5, false],
    ['loyalty', 9.224979, false],
    ['repeat-purchase', 2.767494, true],
    ['referral', 1.844996, true],
  ])('market view: %s has %d', (stage, count, assumed) => {
    const m = market.find((x) => x.stage === stage)!;
    expect(m.count).toBeCloseTo(count as number, 4);
    expect(m.assumed).toBe(assumed);
    if (assumed) expect(m.basis).toMatch(/^Assumption:/);
  });
  it('states the funnel rates in the basis', () => {
    expect(market.find((m) => m.stage === 'purchase')!.basis).toBe('Sales qualifies 50% (50 opportunities) and wins 25% of those.');
  });
  const layout = layoutJourney(phases as JourneyPhase[], market);
  it('numbers touchpoints in the order Maria meets them', () => {
    expect(layout.touchpoints.map((t) => t.step)).toEqual(layout.touchpoints.map((_, i) => i + 1));
    expect(layout.touchpoints[0]!.id).toBe('linkedin-video');
    expect(layout.touchpoints.at(-1)!.id).toBe('referral');
  });
  it('puts each touchpoint in its lane and its phase column, left to right', () => {
    for (const t of layout.touchpoints) {
      const col = layout.columns.find((c) => c.stage === t.stage)!;
      expect(t.x).toBeGreaterThan(col.x0);
      expect(t.x).toBeLessThan(col.x1);
      expect(t.y).toBe(layout.lanes[t.lane].cy);
    }
    const xs = layout.columns.map((c) => c.x0);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(layout.columns[0]!.x0).toBeGreaterThanOrEqual(0);
    expect(layout.columns.at(-1)!.x1).toBeLessThanOrEqual(layout.width);
  });
  it('gives the busy purchase phase a wider column and keeps marks apart', () => {
    const w = (s: string) => {
      const c = layout.columns.find((x) => x.stage === s)!;
      return c.x1 - c.x0;
    };
    const widest = Math.max(...layout.columns.map((c) => c.x1 - c.x0));
    expect(w('purchase')).toBe(widest);
    expect(w('purchase')).toBeGreaterThan(w('awareness') * 1.4);
    // Marks are 30 units wide: at least 10 units of air between neighbours.
    const sales = layout.touchpoints.filter((t) => t.stage === 'purchase' && t.lane === 'sales');
    for (let i = 1; i < sales.length; i++) expect(sales[i]!.x - sales[i - 1]!.x).toBeGreaterThanOrEqual(40);
  });
  it('draws market bars on a log scale, tallest for the most people', () => {
    const h = layout.bars.map((b) => b.height);
    expect(h).toEqual([...h].sort((a, b) => b - a));
    for (const b of layout.bars) expect(b.y).toBeGreaterThanOrEqual(layout.band.y0);
  });
  it('traces the buyer path through every touchpoint', () => {
    const d = buyerPath(layout.touchpoints);
    expect(d.startsWith('M')).toBe(true);
    expect(d.split('L')).toHaveLength(layout.touchpoints.length);
  });
  it.each([
    [0, 'ArrowRight', 1],
    [0, 'ArrowLeft', 0],
    [3, 'Home', 0],
    [3, 'End', 19],
    [19, 'ArrowRight', 19],
    [3, 'Tab', null],
  ])('roving focus from %i with %s goes to %s', (from, key, to) => {
    expect(moveFocus(layout.touchpoints, from, key)).toBe(to);
  });
  it('ArrowDown goes to the nearest sales touchpoint, ArrowUp back to marketing', () => {
    const tps = layout.touchpoints;
    const action = tps.findIndex((t) => t.id === 'book-walkthrough');
    const down = moveFocus(tps, action, 'ArrowDown')!;
    expect(tps[down]!.id).toBe('qualifying-call');
    expect(tps[moveFocus(tps, down, 'ArrowUp')!]!.id).toBe('book-walkthrough');
    expect(moveFocus(tps, action, 'ArrowUp')).toBe(action);
  });
});

describe('alignment scorecard', () => {
  const ps = practices as Practice[];
  const n = statementCount(ps);
  it('has 13 statements', () => expect(n).toBe(13));
  it('scores each practice as the mean of its statements', () => {
    // shared-goals 3 statements, communication 3, planning 2, tools 3, cross-training 2
    const ratings = [5, 4, 3, 1, 1, 1, 2, 2, 4, 4, 4, 3, 3];
    const r = scoreCard(ps, ratings, [5, 4, 4, 4, 4]);
    expect(r.practices.map((p) => p.score)).toEqual([4, 1, 2, 4, 3]);
    expect(r.overall).toBeCloseTo(2.8, 10);
    expect(r.overallPercent).toBeCloseTo(45, 10);
    expect(r.weakest.map((w) => w.id)).toEqual(['communication', 'planning']);
    expect(r.practices.map((p) => p.gap)).toEqual([1, 3, 2, 0, 1]);
    expect(r.overallTarget).toBeCloseTo(4.2, 10);
  });
  it('breaks ties in the chapter order', () => {
    const r = scoreCard(ps, Array(n).fill(3), Array(5).fill(4));
    expect(r.weakest.map((w) => w.id)).toEqual(['shared-goals', 'communication']);
  });
  it('clamps ratings and fills missing ones', () => {
    const r = scoreCard(ps, [9, -2, Number.NaN], []);
    expect(r.practices[0]!.score).toBeCloseTo((5 + 1 + 3) / 3, 10);
    expect(r.practices[0]!.target).toBe(4);
  });
  it.each([
    [5, 'Sales and marketing work as one team.'],
    [3.6, 'Well aligned, with a few gaps to close.'],
    [3, 'Partly aligned: the teams cooperate, but not by design.'],
    [2, 'Loosely connected: the teams mostly work apart.'],
    [1, 'Two separate teams that rarely meet.'],
  ])('describes %d', (score, text) => expect(describeOverall(score)).toBe(text));
});

describe('scorecard state', () => {
  const ps = practices as Practice[];
  const spec = scorecardState(ps);
  it.each([
    ['', 13, 3, [], []],
    ['12345', 5, 4, [1, 2, 3, 4, 5], []],
    ['19045', 5, 4, [1, 5, 1, 4, 5], ['outside 1 to 5']],
    ['123', 5, 4, [1, 2, 3, 4, 4], ['2 missing']],
    ['1234512', 5, 4, [1, 2, 3, 4, 5], ['only the first 5']],
    ['<script>alert(1)</script>', 5, 4, [4, 4, 4, 4, 4], ['not a list of digits']],
    ['1e3', 5, 4, [4, 4, 4, 4, 4], ['not a list of digits']],
  ])('old digit strings: parseDigits(%j)', (raw, length, fallback, values, notices) => {
    const r = parseDigits(raw === '' ? null : raw, length, fallback, 'X');
    if (values.length) expect(r.values).toEqual(values);
    else expect(r.values).toEqual(Array(length).fill(fallback));
    expect(r.notices).toHaveLength(notices.length);
    notices.forEach((n, i) => expect(r.notices[i]).toContain(n));
  });
  it('echoes hostile input cut short, as text, without control or bidi characters', () => {
    const r = parseDigits(`<img src=x onerror=alert(1)>\u202e${'a'.repeat(500)}`, 5, 4, 'Ratings in the link');
    expect(r.notices[0]!.length).toBeLessThan(140);
    expect(r.notices[0]).not.toMatch(/\u202e/);
  });
  const ratings = [5, 4, 3, 2, 1, 1, 2, 3, 4, 5, 5, 4, 3];
  const targets = [5, 5, 4, 3, 4];
  it('round-trips a state through the query string', () => {
    const q = spec.serialise({ ratings, targets });
    expect(q).toBe('?ratings=5.4.3.2.1.1.2.3.4.5.5.4.3&targets=5.5.4.3.4');
    expect(spec.parse(q)).toEqual({ values: { ratings, targets }, notices: [], unknown: [] });
  });
  it('still reads links shared before the spec (?r=…&t=…), and drops the old keys on the next write', () => {
    expect(spec.parse('?r=5432112345543&t=55434').values).toEqual({ ratings, targets });
    expect(spec.keys).toEqual(['ratings', 'targets', 'r', 't']);
    // The new key wins where a link carries both.
    expect(spec.parse('?r=1111111111111&ratings=5.4.3.2.1.1.2.3.4.5.5.4.3').values.ratings).toEqual(ratings);
  });
  it('writes nothing for the defaults', () => {
    expect(spec.serialise({ ratings: Array(13).fill(3), targets: Array(5).fill(4) })).toBe('');
    expect(spec.defaults).toEqual({ ratings: Array(13).fill(3), targets: Array(5).fill(4) });
  });
  it('reads a hostile old query as defaults with notices', () => {
    const s = spec.parse('?r=%3Cb%3Ehi%3C%2Fb%3E&t=99999');
    expect(s.values.ratings).toEqual(Array(13).fill(3));
    expect(s.values.targets).toEqual(Array(5).fill(5));
    expect(s.notices).toHaveLength(2);
  });
  it.each([
    ['?ratings=9.9', 'partly unreadable'],
    ['?ratings=%3Cimg%3E', 'partly unreadable'],
    ['?targets=1.2.3.4.5.5.5', 'partly unreadable'],
  ])('clamps new-style input %s with a notice', (q, notice) => {
    const s = spec.parse(q);
    expect(s.notices.join(' ')).toContain(notice);
    const full = scorecardInputs(ps, s.values);
    expect(full.ratings).toHaveLength(13);
    expect(full.targets).toHaveLength(5);
    for (const r of [...full.ratings, ...full.targets]) expect(r >= 1 && r <= 5).toBe(true);
  });
  it('takes a deck station’s object preset', () => {
    expect(spec.parse({ ratings, targets: [5, 5, 5, 5, 5] }).values.targets).toEqual([5, 5, 5, 5, 5]);
    expect(spec.parse({ ratings: 'nonsense' }).notices.length).toBeGreaterThan(0);
  });
  it('sets a whole practice at once (the stage’s one choice per practice)', () => {
    const r = setPracticeScore(ps, Array(13).fill(3), 2, 5);
    expect(r).toEqual([3, 3, 3, 3, 3, 3, 5, 5, 3, 3, 3, 3, 3]);
    expect(scoreCard(ps, r, Array(5).fill(4)).practices[2]!.score).toBe(5);
    expect(setPracticeScore(ps, r, 9, 1)).toEqual(r);
  });
  it('gives chapter 7’s Leafline examples as states', () => {
    const [before, after] = leaflineExamples(ps);
    expect(spec.serialise(before!.values)).toBe('?ratings=1.1.1.2.2.2.1.1.1.1.1.1.1&targets=4.5.4.3.3');
    expect(scoreCard(ps, before!.values.ratings, before!.values.targets).total).toBe(6);
    expect(scoreCard(ps, after!.values.ratings, after!.values.targets).total).toBe(19);
  });
});

describe('radar geometry', () => {
  it('puts the first axis at twelve o’clock and scales radius by score', () => {
    const g = radarGeometry([5, 5, 5, 5, 5], [1, 1, 1, 1, 1], 100);
    expect(g.axes).toHaveLength(5);
    expect(g.axes[0]!.x).toBeCloseTo(0, 6);
    expect(g.axes[0]!.y).toBeCloseTo(-100, 6);
    expect(g.currentPoints[0]!.y).toBeCloseTo(-100, 6);
    expect(g.targetPoints[0]!.y).toBeCloseTo(-20, 6);
    expect(g.rings).toHaveLength(5);
    expect(g.current).toMatch(/^M.*Z$/);
  });
});

describe('radar layout (drawn at one unit per CSS pixel)', () => {
  const shorts = (practices as Practice[]).map((p) => p.short);
  it.each([
    ['Shared goals', ['Shared', 'goals']],
    ['Cross-training', ['Cross-', 'training']],
    ['Communication', ['Communication']],
    ['Integrated tools', ['Integrated', 'tools']],
  ])('wraps %j', (label, lines) => expect(wrapLabel(label)).toEqual(lines));
  it.each([
    [320, 13],
    [330, 13],
    [480, 14],
    [900, 28],
  ])('at %i px wide with %i px labels, every label stays inside the figure', (width, fontPx) => {
    const l = radarLayout(shorts, { width, fontPx });
    expect(l.fontPx).toBe(fontPx);
    expect(l.radius).toBeGreaterThan(width / 7);
    for (const lab of l.labels) {
      expect(lab.box.x0).toBeGreaterThanOrEqual(0);
      expect(lab.box.x1).toBeLessThanOrEqual(width);
      expect(lab.box.y0).toBeGreaterThanOrEqual(0);
      expect(lab.box.y1).toBeLessThanOrEqual(l.height);
    }
    expect(l.cx - l.radius).toBeGreaterThanOrEqual(0);
    expect(l.cx + l.radius).toBeLessThanOrEqual(width);
  });
  it('fits a stage box in height too', () => {
    const l = radarLayout(shorts, { width: 1000, fontPx: 28, maxHeight: 700 });
    expect(l.height).toBeLessThanOrEqual(700);
    expect(l.radius).toBeGreaterThan(200);
  });
});

describe('role explorer state', () => {
  it('round-trips and clamps', () => {
    const v = { ...rolesState.defaults, role: 'seo-specialist', rolestage: 'desire', roleperson: 'Ava' } as const;
    const q = rolesState.serialise(v);
    expect(q).toBe('?role=seo-specialist&rolestage=desire&roleperson=Ava');
    expect(rolesState.parse(q).values).toEqual(v);
    const bad = rolesState.parse('?role=%3Cscript%3E&rolehorizon=decades');
    expect(bad.values.role).toBe('account-executive');
    expect(bad.values.rolehorizon).toBe('all');
    expect(bad.notices).toHaveLength(2);
  });
});

describe('sorting game state', () => {
  const pool = tasks as SortTask[];
  it('starts on the same first round for every reader', () => {
    expect(gameFromValues(pool, sortingState.defaults)).toEqual(newGame(pool, FIRST_SEED));
  });
  it('round-trips a game through its state and the query string', () => {
    let g = newGame(pool, 99);
    g = placeTask(g, 'sales', g.order[0]!);
    g = placeTask(g, 'both', g.order[3]!);
    g = placeTask(g, 'marketing', g.order[11]!);
    g = selectTask(g, g.order[5]!);
    const v = valuesFromGame(g);
    expect(v).toEqual({ whoseed: 99, whosales: [1], whomarketing: [12], whoboth: [4], whopick: 6, whochecked: false });
    const q = sortingState.serialise(v);
    expect(q).toBe('?whoseed=99&whosales=1&whomarketing=12&whoboth=4&whopick=6');
    expect(gameFromValues(pool, sortingState.parse(q).values)).toEqual(g);
  });
  it('keeps a task listed twice in the first bucket, and ignores positions past the round', () => {
    const g = gameFromValues(pool, { ...sortingState.defaults, whosales: [2], whoboth: [2, 12] });
    expect(tasksIn(g, 'sales')).toEqual([g.order[1]]);
    expect(tasksIn(g, 'both')).toEqual([g.order[11]]);
    const clamped = sortingState.parse('?whosales=1.40.x&whopick=99');
    expect(clamped.values.whosales).toEqual([1]);
    expect(clamped.values.whopick).toBe(12);
    expect(clamped.notices).toHaveLength(2);
  });
  it('is checked only when every task is placed', () => {
    expect(gameFromValues(pool, { ...sortingState.defaults, whochecked: true }).checked).toBe(false);
    const all = { ...sortingState.defaults, whosales: [1, 2, 3, 4], whomarketing: [5, 6, 7, 8], whoboth: [9, 10, 11, 12], whochecked: true };
    expect(gameFromValues(pool, all).checked).toBe(true);
    expect(bucketCounts(gameFromValues(pool, all))).toEqual({ sales: 4, marketing: 4, both: 4 });
  });
  it('shows the task picked up, else the first still to sort', () => {
    let g = newGame(pool, 5);
    expect(currentTask(g)).toBe(g.order[0]);
    g = selectTask(g, g.order[4]!);
    expect(currentTask(g)).toBe(g.order[4]);
    g = placeTask(g, 'sales', g.order[0]!);
    expect(currentTask(g)).toBe(g.order[1]);
  });
  it.each([
    ['s', 'sales'],
    ['M', 'marketing'],
    ['b', 'both'],
    ['w', null],
    ['.', null],
    ['PageDown', null],
  ])('key %s sorts into %s', (key, bucket) => expect(bucketForKey(key)).toBe(bucket));
});

describe('journey map state', () => {
  const layout = layoutJourney(phases as JourneyPhase[], market);
  const tps = layout.touchpoints;
  it('selects a touchpoint by stage and place, and back', () => {
    for (let i = 0; i < tps.length; i++) expect(selectedIndex(tps, selectionOf(tps, i))).toBe(i);
    expect(selectionOf(tps, 0)).toEqual({ journeystage: 'awareness', journeypoint: 1 });
    expect(selectedIndex(tps, { journeystage: 'purchase', journeypoint: 8 })).toBe(
      tps.findLastIndex((t) => t.stage === 'purchase'),
    );
  });
  it('round-trips its query and refuses unknown views', () => {
    const v = { journeyview: 'market', journeystage: 'loyalty', journeypoint: 2 } as const;
    expect(journeyState.parse(journeyState.serialise(v)).values).toEqual(v);
    expect(journeyState.parse('?journeyview=%3Cb%3E').values.journeyview).toBe('buyer');
  });
  it('sums each phase into the stage strip', () => {
    const strip = stageStrip(phases as JourneyPhase[], market);
    expect(strip.map((c) => c.stage)).toEqual([...JOURNEY_STAGES]);
    expect(strip.reduce((n, c) => n + c.marketing + c.sales, 0)).toBe(tps.length);
    expect(strip[0]).toMatchObject({ lead: 'marketing', count: 20000 });
  });
});

describe('state keys', () => {
  // Keys other widgets on the same chapter pages use (the funnel, the six steps).
  const taken = ['scenario', 'reach', 'interest', 'desire', 'action', 'qualified', 'win', 'deal', 'spend', 'salescost', 'mode', 'goal', 'seed', 'months', 'compare', 'vs', 'step'];
  const specs = [rolesState, sortingState, journeyState, scorecardState(practices as Practice[])];
  it('never meet each other or the funnel’s and the stepper’s', () => {
    const all = specs.flatMap((s) => [...s.keys]);
    expect(new Set(all).size).toBe(all.length);
    for (const k of all) expect(taken).not.toContain(k);
  });
});
