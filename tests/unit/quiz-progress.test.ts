/** The progress model and its storage: validation, updates, export/import and every failure mode. */
import { describe, expect, it } from 'vitest';
import { createVersionedStore, memoryStorage, type KeyValueStore } from '~/lib/storage';
import { completion, confidenceTable, exportProgress, importProgress, questionCounts } from '~/lib/quiz/progress-report';
import {
  PROGRESS_KEY,
  PROGRESS_VERSION,
  cleanName,
  emptyProgress,
  finishAttempt,
  markRead,
  recordCheck,
  sanitizeProgress,
  startAttempt,
  validateProgress,
  type Progress,
} from '~/lib/quiz/progress';

const AT = '2026-11-26T10:00:00.000Z';

function sample(): Progress {
  let p = emptyProgress();
  p = markRead(p, 'defining-the-disciplines', AT);
  p = recordCheck(p, 'defining-the-disciplines', { seed: 5, keys: [] }, 'defining-the-disciplines/a', { answer: { type: 'single', choice: 1 }, score: 1, confidence: 'sure' }, AT);
  p = recordCheck(p, 'defining-the-disciplines', { seed: 5, keys: [] }, 'defining-the-disciplines/b', { answer: { type: 'single', choice: 0 }, score: 0, confidence: 'sure' }, AT);
  p = recordCheck(p, 'defining-the-disciplines', { seed: 5, keys: [] }, 'defining-the-disciplines/c', { answer: { type: 'multiple', choices: [0] }, score: 0.5, confidence: 'guessing' }, AT);
  p = finishAttempt(p, 'defining-the-disciplines', 0.5, AT);
  return p;
}

function store(backend: () => KeyValueStore | null) {
  return createVersionedStore({
    key: PROGRESS_KEY,
    version: PROGRESS_VERSION,
    validate: validateProgress,
    defaults: emptyProgress,
    backend,
  });
}

describe('updates', () => {
  it('marks a chapter read once, keeping the first date', () => {
    const p = markRead(markRead(emptyProgress(), 'x', AT), 'x', '2027-01-01T00:00:00Z');
    expect(p.read).toEqual({ x: AT });
  });
  it('only the first check of a question in an attempt counts', () => {
    let p = recordCheck(emptyProgress(), 'q', { seed: 1, keys: [] }, 'q/a', { answer: { type: 'truefalse', value: false }, score: 0, confidence: null }, AT);
    p = recordCheck(p, 'q', { seed: 1, keys: [] }, 'q/a', { answer: { type: 'truefalse', value: true }, score: 1, confidence: null }, AT);
    expect(p.current.q!.checks['q/a']!.score).toBe(0);
    expect(p.answers['q/a']!.score).toBe(0);
  });
  it('a new attempt (new seed) starts a fresh set of checks and can fix a mistake', () => {
    let p = sample();
    p = startAttempt(p, 'defining-the-disciplines', 6, []);
    expect(p.current['defining-the-disciplines']!.checks).toEqual({});
    p = recordCheck(p, 'defining-the-disciplines', { seed: 6, keys: [] }, 'defining-the-disciplines/b', { answer: { type: 'single', choice: 1 }, score: 1, confidence: 'unsure' }, AT);
    expect(p.answers['defining-the-disciplines/b']!.score).toBe(1);
    expect(p.answers['defining-the-disciplines/c']!.score).toBeLessThan(1);
  });
  it.each([
    { scores: [0.5], best: 0.5, last: 0.5, attempts: 1 },
    { scores: [0.5, 0.9], best: 0.9, last: 0.9, attempts: 2 },
    { scores: [0.9, 0.4], best: 0.9, last: 0.4, attempts: 2 },
  ])('attempts $scores → best $best, last $last', ({ scores, best, last, attempts }) => {
    let p = emptyProgress();
    for (const s of scores) p = finishAttempt(p, 'q', s, AT);
    expect(p.quizzes.q).toEqual({ attempts, best, last, at: AT });
  });
  it.each([
    { scores: [0.6], passed: false, best: 0.6 },
    { scores: [0.84], passed: true, best: 0.84 },
    { scores: [0.84, 0.5], passed: true, best: 0.84 },
    { scores: [0.5, 0.8], passed: true, best: 0.8 },
  ])('final exam $scores → passed $passed', ({ scores, passed, best }) => {
    let p = emptyProgress();
    for (const s of scores) p = finishAttempt(p, 'final', s, AT, 0.8);
    expect(p.final?.passed).toBe(passed);
    expect(p.final?.best).toBeCloseTo(best);
  });
});

describe('summaries', () => {
  it('groups latest answers by confidence', () => {
    const rows = confidenceTable(sample());
    expect(rows).toEqual([
      { confidence: 'sure', answers: 2, right: 1, share: 0.5 },
      { confidence: 'unsure', answers: 0, right: 0, share: null },
      { confidence: 'guessing', answers: 1, right: 0, share: 0 },
      { confidence: 'not said', answers: 0, right: 0, share: null },
    ]);
  });
  it('counts completion over chapters read, quizzes passed and the final exam', () => {
    let p = sample();
    expect(completion(p, ['defining-the-disciplines', 'b'], 0.7)).toEqual({ read: 1, passed: 0, final: false, share: 1 / 5 });
    p = finishAttempt(p, 'defining-the-disciplines', 0.7, AT);
    p = finishAttempt(p, 'final', 0.8, AT, 0.8);
    expect(completion(p, ['defining-the-disciplines', 'b'], 0.7)).toEqual({ read: 1, passed: 1, final: true, share: 3 / 5 });
  });
});

describe('validation on load', () => {
  it('a valid progress comes back unchanged', () => {
    const p = sample();
    expect(sanitizeProgress(JSON.parse(JSON.stringify(p)))).toEqual({ value: p, problems: [] });
  });
  it.each([
    ['not an object', 42],
    ['null', null],
    ['an array', []],
  ])('%s is rejected as a whole', (_n, data) => {
    expect(validateProgress(data)).toBeNull();
  });
  it.each([
    ['a score above 1', { answers: { 'a/b': { score: 2, confidence: null, at: AT } } }, 'Answer "a/b"'],
    ['an unknown confidence', { answers: { 'a/b': { score: 1, confidence: 'maybe', at: AT } } }, 'Answer "a/b"'],
    ['a bad date', { read: { intro: 'yesterday' } }, 'Chapter read "intro"'],
    ['a quiz with last > best', { quizzes: { q: { attempts: 1, best: 0.5, last: 0.9, at: AT } } }, 'Quiz "q"'],
    ['a quiz with 0 attempts', { quizzes: { q: { attempts: 0, best: 0.5, last: 0.5, at: AT } } }, 'Quiz "q"'],
    ['a section that is a string', { answers: 'lots' }, '"answers" was not a list'],
    ['a bad final result', { final: { best: 'A+' } }, 'final-exam'],
    ['a hostile key', { read: { '<script>': AT } }, 'Chapter read "<script>"'],
    ['a seed out of range', { current: { q: { seed: -1, keys: [], checks: {} } } }, 'in progress "q"'],
  ])('%s is dropped and reported', (_n, data, fragment) => {
    const s = sanitizeProgress(data)!;
    expect(s.problems.join(' ')).toContain(fragment);
    expect(s.value).toEqual({ ...emptyProgress(), name: s.value.name });
  });
  it('cleans the certificate name: one line, no control characters, at most 80 characters', () => {
    expect(cleanName('  Ana\n\tMaria\u0000 ')).toBe('Ana Maria');
    expect(cleanName('x'.repeat(200))).toHaveLength(80);
  });
});

describe('storage failure modes never throw', () => {
  it('empty storage gives empty progress', () => {
    const r = store(() => memoryStorage()).load();
    expect(r.status).toBe('empty');
    expect(r.value).toEqual(emptyProgress());
  });
  it('saves and loads back', () => {
    const mem = memoryStorage();
    const s = store(() => mem);
    expect(s.save(sample()).saved).toBe(true);
    expect(s.load()).toEqual({ value: sample(), status: 'ok' });
  });
  it.each([
    ['corrupt JSON', '{"v":1,"data":', 'corrupt'],
    ['JSON that is not an envelope', '"hello"', 'corrupt'],
    ['an envelope whose data fails the checks', JSON.stringify({ v: PROGRESS_VERSION, data: [1, 2] }), 'corrupt'],
    ['an old version', JSON.stringify({ v: 0, data: {} }), 'old-version'],
    ['a future version', JSON.stringify({ v: 99, data: {} }), 'old-version'],
  ])('%s → status %s, defaults and a message', (_n, raw, status) => {
    const r = store(() => memoryStorage({ [PROGRESS_KEY]: raw })).load();
    expect(r.status).toBe(status);
    expect(r.value).toEqual(emptyProgress());
    expect(r.message).toBeTruthy();
  });
  it('a quota error on write reports "full"', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
      removeItem: () => undefined,
    };
    const r = store(() => full).save(sample());
    expect(r).toMatchObject({ saved: false, status: 'full' });
    expect(r.message).toMatch(/not being saved/);
  });
  it('storage whose access throws reports "unavailable" on load and save', () => {
    const s = store(() => {
      throw new Error('SecurityError');
    });
    expect(s.load().status).toBe('unavailable');
    expect(s.load().message).toMatch(/not being saved/);
    expect(s.save(sample())).toMatchObject({ saved: false, status: 'unavailable' });
  });
  it('getItem that throws reports "unavailable"', () => {
    const bad: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(store(() => bad).load().status).toBe('unavailable');
  });
});

describe('export and import', () => {
  it('round-trips', () => {
    const r = importProgress(exportProgress(sample(), AT));
    expect(r.ok).toBe(true);
    expect(r.value).toEqual(sample());
    expect(r.problems).toEqual([]);
    expect(r.summary).toBe('Found 1 chapter read, 1 quiz taken and 3 answers.');
  });
  it.each([
    ['not JSON', 'hello', 'not valid JSON'],
    ['another JSON file', JSON.stringify({ foo: 1 }), 'not a progress file'],
    ['another version', JSON.stringify({ kind: 'sales-x-marketing-progress', version: 7, progress: {} }), 'version 7'],
    ['no progress', JSON.stringify({ kind: 'sales-x-marketing-progress', version: 1 }), 'no progress'],
  ])('%s is refused with a reason', (_n, text, fragment) => {
    const r = importProgress(text);
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(r.problems.join(' ')).toContain(fragment);
  });
  it('a file with some bad entries imports the good ones and lists the bad ones', () => {
    const data = JSON.parse(exportProgress(sample(), AT));
    data.progress.answers['x/y'] = { score: 5, confidence: null, at: AT };
    data.progress.read['bad id!'] = AT;
    const r = importProgress(JSON.stringify(data));
    expect(r.ok).toBe(true);
    expect(r.problems).toHaveLength(2);
    expect(r.value!.answers['x/y']).toBeUndefined();
    expect(Object.keys(r.value!.answers)).toHaveLength(3);
  });
});

import { mergeProgress, serialiseProgress } from '~/lib/quiz/progress';
import { isEmptyProgress, planImport } from '~/lib/quiz/progress-import';

describe('merge and import plans', () => {
  it('keeps the better of each record', () => {
    const a = finishAttempt(markRead(emptyProgress(), 'x', AT), 'q', 0.9, AT);
    const b = finishAttempt(finishAttempt(emptyProgress(), 'q', 0.4, '2026-12-01T00:00:00.000Z'), 'r', 0.5, AT);
    const m = mergeProgress(a, b);
    expect(m.read).toEqual({ x: AT });
    expect(m.quizzes.q).toEqual({ attempts: 1, best: 0.9, last: 0.4, at: '2026-12-01T00:00:00.000Z' });
    expect(m.quizzes.r!.best).toBe(0.5);
  });
  it('a later epoch (a reset) wins whole', () => {
    const old = sample();
    const reset = { ...emptyProgress(), epoch: '2026-12-01T00:00:00.000Z+a' };
    expect(mergeProgress(old, reset)).toEqual(reset);
  });
  it('an imported pass with a 0 score is not a pass', () => {
    const r = sanitizeProgress({ final: { best: 0, passed: true, at: AT } })!;
    expect(r.value.final).toEqual({ best: 0, passed: false, at: AT });
    expect(r.problems.join(' ')).toMatch(/counts as not passed/);
  });
  it('plans say what merge adds and what replace loses', () => {
    const local = sample();
    const incoming = finishAttempt(markRead(emptyProgress(), 'the-teams', AT), 'the-teams', 0.8, AT);
    const plan = planImport(local, incoming);
    expect(plan.mergeChanges).toEqual(['1 chapter marked read', '1 quiz added']);
    expect(plan.replaceLosses).toEqual(['1 chapter read', '1 quiz taken', '3 answers']);
    expect(isEmptyProgress(emptyProgress())).toBe(true);
    expect(isEmptyProgress(incoming)).toBe(false);
    expect(sanitizeProgress(JSON.parse(JSON.stringify(serialiseProgress(local))))!.value).toEqual(local);
  });
});

describe('questionCounts', () => {
  it.each([
    ['no chapters', [], {}],
    [
      'a chapter with a quiz and one without',
      [
        { id: 'the-teams', title: 'The teams', order: 5, questions: 11 },
        { id: 'glossary', title: 'Glossary', order: 9, questions: 0 },
      ],
      { 'the-teams': 11, glossary: 0 },
    ],
  ])('%s', (_, chapters, counts) => {
    expect(questionCounts(chapters)).toEqual(counts);
  });
});
