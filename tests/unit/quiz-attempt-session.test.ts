/** The attempt lifecycle (session.ts), the answer reducers (answer.ts) and the quiz's URL state. */
import { describe, expect, it } from 'vitest';
import {
  chooseOne,
  describeGiven,
  isChosen,
  itemRight,
  moveItem,
  orderRight,
  placeItem,
  setTruth,
  toggleChoice,
  untouchedOrder,
} from '~/lib/quiz/answer';
import { layoutAttempt } from '~/lib/quiz/attempt';
import {
  HINT_CHOOSE,
  HINT_EVERY_ITEM,
  HINT_MOVE,
  attemptQuestions,
  checkQuestion,
  editAnswer,
  freshStates,
  restoreStates,
  retryQuestion,
  revealQuestion,
  sectionsToReread,
  summarise,
} from '~/lib/quiz/session';
import { legacySeed, quizState } from '~/lib/quiz/state';
import { seeLink } from '~/lib/quiz/describe';
import type { Answer, Question } from '~/lib/quiz/types';

const base = { prompt: 'P?', explanation: 'E.', ref: 'a#b' };
const opt = (text: string, correct = false) => ({ text, correct, why: `why ${text}` });
type Q = Question & { key: string; href: string };
const single = { ...base, id: 's', key: 'c/s', href: '/c/#one', type: 'single', options: [opt('a'), opt('b', true), opt('c')] } as Q;
const multi = { ...base, id: 'm', key: 'c/m', href: '/c/#two', type: 'multiple', options: [opt('a', true), opt('b', true), opt('c')] } as Q;
const tf = { ...base, id: 't', key: 'c/t', href: '/c/#one', type: 'truefalse', answer: false } as Q;
const order = { ...base, id: 'o', key: 'c/o', href: '/c/#three', type: 'order', items: ['1', '2', '3', '4'] } as Q;
const cat = {
  ...base,
  id: 'k',
  key: 'c/k',
  href: '/c/#four',
  type: 'categorize',
  categories: ['Sales', 'Marketing'],
  items: [
    { text: 'x', category: 'Sales' },
    { text: 'y', category: 'Marketing' },
  ],
} as Q;
const match = {
  ...base,
  id: 'p',
  key: 'c/p',
  href: '/c/#five',
  type: 'match',
  pairs: [
    { item: 'Sam', match: 'sells' },
    { item: 'Ruth', match: 'keeps' },
  ],
  distractors: ['waters'],
} as Q;
const all = [single, multi, tf, order, cat, match];

describe('answer reducers', () => {
  it.each<[string, Answer, (a: Answer) => Answer, Answer]>([
    ['choose one', { type: 'single', choice: null }, (a) => chooseOne(a, 2), { type: 'single', choice: 2 }],
    ['tick', { type: 'multiple', choices: [2] }, (a) => toggleChoice(a, 0, true), { type: 'multiple', choices: [0, 2] }],
    ['untick', { type: 'multiple', choices: [0, 2] }, (a) => toggleChoice(a, 2, false), { type: 'multiple', choices: [0] }],
    ['tick twice', { type: 'multiple', choices: [1] }, (a) => toggleChoice(a, 1, true), { type: 'multiple', choices: [1] }],
    ['true/false', { type: 'truefalse', value: null }, (a) => setTruth(a, false), { type: 'truefalse', value: false }],
    ['place', { type: 'categorize', placed: [null, null] }, (a) => placeItem(a, 1, 0), { type: 'categorize', placed: [null, 0] }],
    ['clear', { type: 'match', placed: [1, 0] }, (a) => placeItem(a, 0, null), { type: 'match', placed: [null, 0] }],
    ['place out of range', { type: 'match', placed: [1, 0] }, (a) => placeItem(a, 5, 1), { type: 'match', placed: [1, 0] }],
    ['move up', { type: 'order', order: [2, 0, 1] }, (a) => moveItem(a, 1, -1), { type: 'order', order: [0, 2, 1] }],
    ['move down', { type: 'order', order: [2, 0, 1] }, (a) => moveItem(a, 0, 1), { type: 'order', order: [0, 2, 1] }],
    ['move past the top', { type: 'order', order: [2, 0, 1] }, (a) => moveItem(a, 0, -1), { type: 'order', order: [2, 0, 1] }],
    ['move past the end', { type: 'order', order: [2, 0, 1] }, (a) => moveItem(a, 2, 1), { type: 'order', order: [2, 0, 1] }],
    ['wrong type is left alone', { type: 'single', choice: 1 }, (a) => toggleChoice(a, 0, true), { type: 'single', choice: 1 }],
  ])('%s', (_, before, edit, after) => {
    expect(edit(before)).toEqual(after);
  });

  it('reads marks per option, item and position', () => {
    expect(isChosen({ type: 'multiple', choices: [0, 2] }, 2)).toBe(true);
    expect(isChosen({ type: 'single', choice: 1 }, 2)).toBe(false);
    expect(itemRight(cat, { type: 'categorize', placed: [0, 0] }, 0)).toBe(true);
    expect(itemRight(cat, { type: 'categorize', placed: [0, 0] }, 1)).toBe(false);
    expect(itemRight(match, { type: 'match', placed: [0, 2] }, 1)).toBe(false);
    expect(orderRight({ type: 'order', order: [0, 2, 1] }, 0)).toBe(true);
    expect(untouchedOrder({ type: 'order', order: [2, 0, 1] }, [2, 0, 1])).toBe(true);
    expect(untouchedOrder({ type: 'order', order: [0, 2, 1] }, [2, 0, 1])).toBe(false);
  });

  it('describes a given answer in words, for review cards', () => {
    expect(describeGiven(single, { type: 'single', choice: 0 })).toEqual(['a']);
    expect(describeGiven(multi, { type: 'multiple', choices: [0, 2] })).toEqual(['a', 'c']);
    expect(describeGiven(tf, { type: 'truefalse', value: true })).toEqual(['True']);
    expect(describeGiven(order, { type: 'order', order: [1, 0, 2, 3] })).toEqual(['1. 2', '2. 1', '3. 3', '4. 4']);
    expect(describeGiven(cat, { type: 'categorize', placed: [1, null] })).toEqual(['x: Marketing', 'y: not placed']);
    expect(describeGiven(match, { type: 'match', placed: [2, 1] })).toEqual(['Sam: waters', 'Ruth: keeps']);
    expect(describeGiven(match, { type: 'single', choice: 0 })).toEqual([]);
  });
});

describe('the attempt lifecycle', () => {
  const { layouts } = layoutAttempt(all, 7);
  const fresh = () => freshStates(all, layouts);

  it('an incomplete answer gets a hint and records nothing', () => {
    const st = fresh();
    expect(checkQuestion(single, st['c/s']!, layouts['c/s']).state.hint).toBe(HINT_CHOOSE);
    const r = checkQuestion(cat, st['c/k']!, layouts['c/k']);
    expect(r.state.hint).toBe(HINT_EVERY_ITEM);
    expect(r.recorded).toBeNull();
    expect(r.state.checked).toBe(false);
  });

  it('an order question cannot be checked untouched, but can once moved', () => {
    const st = fresh()['c/o']!;
    const r = checkQuestion(order, st, layouts['c/o']);
    expect(r.state.hint).toBe(HINT_MOVE);
    expect(r.recorded).toBeNull();
    const moved = editAnswer(st, moveItem(st.answer, 0, 1));
    const r2 = checkQuestion(order, moved, layouts['c/o']);
    expect(r2.state.checked).toBe(true);
    expect(r2.recorded).not.toBeNull();
  });

  it('the first check counts; Try again and a right answer change the latest, not the first', () => {
    let st = editAnswer(fresh()['c/s']!, chooseOne(fresh()['c/s']!.answer, 0));
    const first = checkQuestion(single, st, layouts['c/s']);
    expect(first.recorded).toBe(0);
    st = retryQuestion(first.state);
    expect(st.checked).toBe(false);
    st = editAnswer(st, chooseOne(st.answer, 1));
    const second = checkQuestion(single, st, layouts['c/s']);
    expect(second.recorded).toBeNull();
    expect(second.state.first).toBe(0);
    expect(second.state.latest).toBe(1);
    // A locked question ignores edits and checks.
    expect(editAnswer(second.state, chooseOne(second.state.answer, 2))).toBe(second.state);
    expect(checkQuestion(single, second.state, layouts['c/s']).state).toBe(second.state);
  });

  it('Show answer fills in the right answer and locks it', () => {
    const st = revealQuestion(match, fresh()['c/p']!);
    expect(st.answer).toEqual({ type: 'match', placed: [0, 1] });
    expect(st.revealed && st.checked).toBe(true);
  });

  it('totals, the pass rule and the sections to re-read', () => {
    let states = fresh();
    states = { ...states, 'c/s': { ...states['c/s']!, first: 1, checked: true }, 'c/t': { ...states['c/t']!, first: 0, checked: true } };
    states = { ...states, 'c/k': { ...states['c/k']!, first: 0.5, checked: true } };
    const sum = summarise(all, states, 0.7);
    expect(sum).toMatchObject({ checked: 3, total: 6, points: 1.5, finished: false, passed: false });
    expect(sum.score).toBeCloseTo(0.25);
    expect(sectionsToReread(all, states).map((q) => q.href)).toEqual(['/c/#one', '/c/#four']);
  });

  it('restores saved checks that fit, and skips tampered ones', () => {
    const restored = restoreStates(all, fresh(), {
      'c/s': { answer: { type: 'single', choice: 1 }, score: 1, confidence: 'sure' },
      'c/t': { answer: { type: 'single', choice: 1 }, score: 1, confidence: null },
      'c/k': { answer: { type: 'categorize', placed: [9, 0] }, score: 1, confidence: null },
    });
    expect(restored['c/s']).toMatchObject({ checked: true, first: 1, latest: 1, confidence: 'sure' });
    expect(restored['c/t']!.checked).toBe(false);
    expect(restored['c/k']!.checked).toBe(false);
  });

  it('picks the questions of an attempt', () => {
    const src = { kind: 'review' as const, base: [], firstSeed: 1, pool: all, due: ['c/t', 'c/s', 'gone/x'] };
    const draw = () => [match];
    expect(attemptQuestions(src, 5, null, draw).map((q) => q.key)).toEqual(['c/t', 'c/s']);
    expect(attemptQuestions(src, 5, ['c/o'], draw).map((q) => q.key)).toEqual(['c/o']);
    expect(attemptQuestions({ ...src, kind: 'final' }, 5, null, draw)).toEqual([match]);
    expect(attemptQuestions({ ...src, kind: 'final', base: [single] }, 1, null, draw)).toEqual([single]);
    expect(attemptQuestions({ ...src, kind: 'chapter', base: [tf] }, 9, ['c/o'], draw)).toEqual([tf]);
    // A saved list with a question that no longer exists falls back to a fresh draw.
    expect(attemptQuestions({ ...src, kind: 'final' }, 5, ['c/o', 'gone/x'], draw)).toEqual([match]);
  });
});

describe('the quiz URL state', () => {
  it('round-trips and clamps', () => {
    expect(quizState.serialise({ attempt: 123, question: 4 })).toBe('?attempt=123&question=4');
    expect(quizState.parse('?attempt=123&question=4').values).toEqual({ attempt: 123, question: 4 });
    const bad = quizState.parse('?attempt=-5&question=abc');
    expect(bad.values).toEqual({ attempt: 0, question: 0 });
    expect(bad.notices).toHaveLength(2);
    expect(quizState.parse({ attempt: 1e12 }).values.attempt).toBe(0xffffffff);
  });
  it('reads the seed of old links', () => {
    expect(legacySeed('?seed=42')).toBe(42);
    expect(legacySeed('?seed=x')).toBe(0);
    expect(legacySeed('')).toBe(0);
  });
});

describe('links to the tool that shows why', () => {
  it('opens the tool in the state given', () => {
    expect(seeLink({ tool: 'funnel', state: { qualified: 70 } })).toEqual({
      href: '/tools/funnel/?qualified=70',
      label: 'See why in the funnel simulator',
    });
    expect(seeLink({ tool: 'pipeline', state: { band: true, view: 'total' } })?.href).toBe('/tools/pipeline/?band=1&view=total');
    expect(seeLink({ tool: 'scorecard', state: {} })?.href).toBe('/tools/scorecard/');
  });
  it('names no tool the guide does not have', () => {
    expect(seeLink(undefined)).toBeNull();
    expect(seeLink({ tool: '../../evil', state: {} })).toBeNull();
  });
});
