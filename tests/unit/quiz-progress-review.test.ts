/** Spaced review (Leitner boxes) on a fixed clock, mastery per chapter, certainty-based marking and the stored record. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMark,
  calibration,
  certaintyLine,
  certaintyMark,
  certaintyTotal,
  chapterMastery,
  dayOf,
  dueKeys,
  emptyReview,
  formatBonus,
  outlook,
  recordAnswer,
  schedule,
  seedFromAnswers,
  sendBack,
  validateReview,
  type ReviewRecord,
} from '~/lib/quiz/review';

/** Noon local time on 1 December 2026, plus `days`. */
const at = (days = 0) => new Date(2026, 11, 1 + days, 12, 0, 0);
const TODAY = '2026-12-01';

describe('dates', () => {
  it('counts local days, across months and years', () => {
    expect(dayOf(at())).toBe(TODAY);
    expect(addDays(TODAY, 31)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('the Leitner schedule', () => {
  it('a new right answer goes to box 2, due tomorrow; a new miss to box 1, due today', () => {
    expect(schedule(undefined, 1, null, at())).toMatchObject({ box: 2, due: '2026-12-02' });
    expect(schedule(undefined, 0.5, null, at())).toMatchObject({ box: 1, due: TODAY });
  });

  it('climbs one box per right answer on the day it is due, further apart each time', () => {
    let r: ReviewRecord = emptyReview();
    const path: [number, number, string][] = [];
    let day = 0;
    for (let i = 0; i < 6; i++) {
      r = recordAnswer(r, 'c/q', 1, null, at(day));
      const c = r.cards['c/q']!;
      path.push([day, c.box, c.due]);
      day = Math.round((new Date(`${c.due}T12:00:00`).getTime() - at().getTime()) / 86_400_000);
    }
    expect(path).toEqual([
      [0, 2, '2026-12-02'],
      [1, 3, '2026-12-05'],
      [4, 4, '2026-12-12'],
      [11, 5, '2026-12-28'],
      [27, 5, '2027-01-13'],
      [43, 5, '2027-01-29'],
    ]);
  });

  it('a right answer before it is due does not move it (cramming is not spacing)', () => {
    const r = recordAnswer(recordAnswer(emptyReview(), 'c/q', 1, null, at()), 'c/q', 1, null, at());
    expect(r.cards['c/q']).toMatchObject({ box: 2, due: '2026-12-02' });
  });

  it('a miss or Show answer sends it back to box 1, due today', () => {
    let r = emptyReview();
    for (const d of [0, 1, 4]) r = recordAnswer(r, 'c/q', 1, null, at(d));
    expect(r.cards['c/q']!.box).toBe(4);
    expect(recordAnswer(r, 'c/q', 0.9, { type: 'x' }, at(7)).cards['c/q']).toMatchObject({ box: 1, due: '2026-12-08', score: 0.9 });
    expect(sendBack(r, 'c/q', at(4)).cards['c/q']).toMatchObject({ box: 1, due: '2026-12-05' });
    expect(sendBack(r, 'c/unknown', at(4))).toBe(r);
  });

  it('lists what is due today and what is coming', () => {
    let r = emptyReview();
    r = recordAnswer(r, 'c/a', 0, null, at(-2)); // due 29 Nov
    r = recordAnswer(r, 'c/b', 0, null, at()); // due today
    r = recordAnswer(r, 'c/c', 1, null, at()); // due tomorrow
    r = recordAnswer(r, 'c/d', 1, null, at(-1));
    r = recordAnswer(r, 'c/d', 1, null, at()); // box 3, due 4 Dec
    expect(dueKeys(r, TODAY)).toEqual(['c/a', 'c/b']);
    expect(outlook(r, TODAY)).toEqual({ dueToday: 2, tomorrow: 1, thisWeek: 2, later: 2, nextDay: '2026-12-02' });
    expect(outlook(emptyReview(), TODAY)).toEqual({ dueToday: 0, tomorrow: 0, thisWeek: 0, later: 0, nextDay: null });
  });

  it('answers saved before the schedule existed become cards', () => {
    const r = seedFromAnswers(emptyReview(), {
      'c/a': { score: 0, at: at(-3).toISOString() },
      'c/b': { score: 1, at: at(-3).toISOString() },
      'c/c': { score: 1, at: 'not a date' },
    });
    expect(r.cards['c/a']).toMatchObject({ box: 1, due: '2026-11-28' });
    expect(r.cards['c/b']).toMatchObject({ box: 2, due: '2026-11-29' });
    expect(r.cards['c/c']).toBeUndefined();
    expect(seedFromAnswers(r, { 'c/a': { score: 1, at: at().toISOString() } })).toBe(r);
  });
});

describe('mastery per chapter', () => {
  const withBoxes = (boxes: number[]): ReviewRecord => ({
    ...emptyReview(),
    cards: Object.fromEntries(boxes.map((box, i) => [`ch/q${i}`, { box, due: TODAY, seen: at().toISOString(), score: 1, answer: null }])),
  });
  it.each([
    [[], 'not started'],
    [[1], 'attempted'],
    [[2, 2, 2, 2, 1], 'attempted'],
    [[2, 2, 2, 2, 2], 'familiar'],
    [[3, 3, 3, 3, 3, 3, 3, 1, 1, 1], 'familiar'],
    [[3, 3, 3, 3, 3, 3, 3, 3, 1, 1], 'proficient'],
    [[5, 5, 5, 5, 5, 5, 5, 5, 5, 4], 'proficient'],
    [[5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 'mastered'],
  ])('boxes %j of 10 questions: %s', (boxes, level) => {
    expect(chapterMastery(withBoxes(boxes), 'ch', 10)).toBe(level);
  });
  it('goes down again after misses', () => {
    let r = withBoxes([5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(chapterMastery(r, 'ch', 10)).toBe('mastered');
    for (const k of ['ch/q0', 'ch/q1', 'ch/q2']) r = recordAnswer(r, k, 0, null, at());
    expect(chapterMastery(r, 'ch', 10)).toBe('familiar');
    expect(chapterMastery(r, 'other', 10)).toBe('not started');
  });
});

describe('certainty-based marking (Moodle CBM scale)', () => {
  it.each([
    [1, 'sure', 3],
    [0, 'sure', -6],
    [1, 'unsure', 2],
    [0, 'unsure', -2],
    [1, 'guessing', 1],
    [0, 'guessing', 0],
    [0.5, 'sure', -1.5],
    [1, null, 1],
  ] as const)('score %s at %s earns %s', (score, c, mark) => {
    expect(certaintyMark(score, c)).toBeCloseTo(mark);
  });

  it('says what each answer and attempt earned', () => {
    expect(certaintyLine(0, 'sure')).toBe('Certainty mark −6 (Sure, and wrong).');
    expect(certaintyLine(1, 'unsure')).toBe('Certainty mark +2 (Unsure, and right).');
    expect(certaintyTotal([{ score: 1, confidence: 'sure' }, { score: 0, confidence: 'guessing' }])).toBe(
      'Certainty-based marks: +3 from 2 answers (+1.5 each; at most +3).',
    );
    expect(certaintyTotal([])).toBe('');
    expect(formatBonus(-2)).toBe('−2 marks per answer');
    expect(formatBonus(1)).toBe('+1 mark per answer');
  });

  it('the calibration score rises as certainty comes to match answers', () => {
    let r = emptyReview();
    // Early: sure of everything, right half the time.
    for (const s of [1, 0, 1, 0]) r = addMark(r, s, 'sure', at());
    // Later: sure when right, guessing when wrong.
    r = addMark(r, 1, 'sure', at(1));
    r = addMark(r, 0, 'guessing', at(1));
    r = addMark(r, 1, 'sure', at(1));
    r = addMark(r, 0, 'guessing', at(1));
    const c = calibration(r);
    expect(c.all.answers).toBe(8);
    expect(c.earlier!.bonus).toBeCloseTo(-1.5 - 0.5);
    expect(c.recent!.bonus).toBeCloseTo(1.5 - 0.5);
    expect(c.recent!.bonus).toBeGreaterThan(c.earlier!.bonus);
    expect(calibration(emptyReview()).earlier).toBeNull();
  });
});

describe('the stored review record', () => {
  it('keeps what is valid and drops the rest, never throwing', () => {
    const v = validateReview({
      cards: {
        'c/ok': { box: 3, due: TODAY, seen: at().toISOString(), score: 1, answer: { type: 'single', choice: 1 } },
        'c/box': { box: 9, due: TODAY, seen: at().toISOString(), score: 1 },
        'Bad Key': { box: 1, due: TODAY, seen: at().toISOString(), score: 0 },
        'c/day': { box: 1, due: 'soon', seen: at().toISOString(), score: 0 },
      },
      cbm: 'yes',
      marks: [{ at: at().toISOString(), confidence: 'sure', score: 1 }, { at: 'x', confidence: 'sure', score: 1 }, 7],
    });
    expect(Object.keys(v!.cards)).toEqual(['c/ok']);
    expect(v!.cbm).toBe(false);
    expect(v!.marks).toHaveLength(1);
    for (const junk of [null, 1, 'x', []]) expect(validateReview(junk)).toBeNull();
    expect(validateReview({})).toEqual(emptyReview());
  });
});
