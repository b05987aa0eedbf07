/**
 * Workshop decks: the schema on a good deck and on broken ones (the message
 * names the slide and the field), the build-time checks of room questions and
 * station states, and the two real decks against the real quizzes.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { deckSchema, wordCount } from '~/lib/workshop/schema';
import { buildDeck, plannedStarts, type QuestionSource } from '~/lib/workshop/deck';
import { defineState, type Spec, type StateSpec } from '~/lib/url-state';
import type { Question } from '~/lib/quiz/types';

const notes = 'Say this to the room, slowly.';
const good = () => ({
  title: 'A deck',
  summary: 'What it is for.',
  audience: 'Owners',
  duration: 20,
  slides: [
    { kind: 'talk', id: 'hello', title: 'Hello', text: 'Short words.', notes, minutes: 3 },
    {
      kind: 'station',
      id: 'demo',
      title: 'Demo',
      widget: 'funnel',
      state: { reach: 100 },
      script: [{ caption: 'More', state: { reach: 200 } }],
      notes,
      minutes: 7,
    },
    { kind: 'question', id: 'q', title: 'Q', question: 'q-single', notes, minutes: 4 },
    { kind: 'poll', id: 'p', title: 'P', prompt: 'Which?', options: ['a', 'b'], notes, minutes: 2 },
    { kind: 'activity', id: 'a', title: 'Do it', text: 'Draw.', steps: ['one'], notes, minutes: 4 },
  ],
});

type Fixture = ReturnType<typeof good>;
function issues(mutate: (d: Fixture) => void): { path: string; message: string }[] {
  const d = good();
  mutate(d);
  const r = deckSchema.safeParse(d);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('deck schema', () => {
  it('accepts a good deck and fills defaults', () => {
    const r = deckSchema.parse(good());
    expect(r.aspect).toBe('16:9');
    expect(r.materials).toEqual([]);
  });

  it.each([
    ['slide without notes', (d: Fixture) => delete (d.slides[0] as Record<string, unknown>).notes, 'slides.0.notes', ''],
    ['notes too short', (d: Fixture) => (d.slides[0]!.notes = 'Hi.'), 'slides.0.notes', 'speaker notes'],
    ['no minutes', (d: Fixture) => delete (d.slides[1] as Record<string, unknown>).minutes, 'slides.1.minutes', ''],
    ['minutes do not add up', (d: Fixture) => (d.duration = 30), 'duration', 'add up to 20'],
    ['unknown kind', (d: Fixture) => ((d.slides[0] as Record<string, unknown>).kind = 'video'), 'slides.0.kind', ''],
    ['unknown widget', (d: Fixture) => ((d.slides[1] as Record<string, unknown>).widget = 'spreadsheet'), 'slides.1.widget', ''],
    ['duplicate slide id', (d: Fixture) => (d.slides[1]!.id = 'hello'), 'slides.1.id', 'two slides'],
    ['bad id', (d: Fixture) => (d.slides[0]!.id = 'Hello World'), 'slides.0.id', 'lower-case'],
    ['unknown field', (d: Fixture) => ((d.slides[0] as Record<string, unknown>).colour = 'red'), 'slides.0', ''],
    [
      'too many projected words',
      (d: Fixture) => ((d.slides[0] as Record<string, unknown>).text = 'word '.repeat(45)),
      'slides.0.text',
      'words projected',
    ],
    ['a poll with one option', (d: Fixture) => ((d.slides[3] as Record<string, unknown>).options = ['a']), 'slides.3.options', ''],
  ])('%s fails naming the slide and field', (_name, mutate, path, message) => {
    const found = issues(mutate);
    expect(found.length).toBeGreaterThan(0);
    const hit = found.find((i) => i.path === path || i.path.startsWith(path));
    expect(hit, JSON.stringify(found)).toBeTruthy();
    expect(hit!.message).toContain(message);
  });

  it('counts projected words as the room reads them', () => {
    expect(wordCount('One funnel, two teams', undefined, '— 12 %')).toBe(5);
  });
});

const opt = (text: string, correct = false) => ({ text, correct, why: `Because ${text} is so.` });
const base = { explanation: 'Because that is how it works.', ref: 'a#b' };
const QUESTIONS = new Map<string, QuestionSource>([
  ['q-single', { quiz: 'chapter-one', question: { ...base, id: 'q-single', type: 'single', prompt: 'Which?', options: [opt('a', true), opt('b'), opt('c')] } as Question }],
  ['q-tf', { quiz: 'chapter-two', question: { ...base, id: 'q-tf', type: 'truefalse', prompt: 'True?', answer: false } as Question }],
  ['q-order', { quiz: 'chapter-two', question: { ...base, id: 'q-order', type: 'order', prompt: 'Order', items: ['a', 'b', 'c'] } as Question }],
]);
const funnelSpec = defineState({
  reach: { kind: 'number', default: 1000, min: 0, max: 100000, integer: true, label: 'People reached' },
  compare: { kind: 'boolean', default: false },
});

describe('buildDeck', () => {
  const ctx = { questions: QUESTIONS, specs: { funnel: funnelSpec as unknown as StateSpec<Spec> } };

  it('builds a good deck: room questions from the quiz, stations checked', () => {
    const { deck, problems } = buildDeck('a-deck', deckSchema.parse(good()), ctx);
    expect(problems).toEqual([]);
    const q = deck.slides[2]!;
    expect(q.kind).toBe('question');
    if (q.kind === 'question') {
      expect(q.quiz).toBe('chapter-one');
      expect(q.options.map((o) => o.correct)).toEqual([true, false, false]);
    }
    expect(plannedStarts(deck)).toEqual([0, 3, 10, 14, 16]);
  });

  it('turns true/false into two options', () => {
    const d = good();
    (d.slides[2] as Record<string, unknown>).question = 'q-tf';
    const { deck } = buildDeck('a-deck', deckSchema.parse(d), ctx);
    const q = deck.slides[2]!;
    expect(q.kind === 'question' && q.options).toEqual([
      { text: 'True', correct: false },
      { text: 'False', correct: true },
    ]);
  });

  it.each([
    ['unknown question', (d: Fixture) => ((d.slides[2] as Record<string, unknown>).question = 'nope'), 'slide 3 "q", field "question": no quiz question'],
    ['question not countable', (d: Fixture) => ((d.slides[2] as Record<string, unknown>).question = 'q-order'), 'is a order question'],
    ['unknown state key', (d: Fixture) => ((d.slides[1] as { state: object }).state = { reachh: 5 }), 'slide 2 "demo", state, field "reachh"'],
    ['state out of range', (d: Fixture) => ((d.slides[1] as { state: object }).state = { reach: -5 }), 'People reached: -5 is below the minimum'],
    [
      'script step not a number',
      (d: Fixture) => ((d.slides[1] as { script: { caption: string; state: object }[] }).script[0]!.state = { reach: 'lots' }),
      'script step 1: People reached',
    ],
    ['widget not registered', (d: Fixture) => ((d.slides[1] as Record<string, unknown>).widget = 'steps'), 'the steps widget cannot be a station yet'],
  ])('%s is a problem naming file, slide and field', (_name, mutate, message) => {
    const d = good();
    mutate(d);
    const { problems } = buildDeck('a-deck', deckSchema.parse(d), ctx);
    expect(problems.join('\n')).toContain(message);
    expect(problems[0]).toContain('content/workshops/a-deck.yaml');
  });
});

describe('the real decks', () => {
  const dir = 'content/workshops';
  const quizzes = new Map<string, QuestionSource>();
  for (const f of readdirSync('content/quizzes')) {
    const data = loadYaml(readFileSync(`content/quizzes/${f}`, 'utf8')) as { questions: Question[] };
    for (const question of data.questions) quizzes.set(question.id, { quiz: f.replace(/\.yaml$/, ''), question });
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

  it('there are two', () => expect(files.length).toBeGreaterThanOrEqual(2));

  it.each(files)('%s parses, its questions exist and can be counted', (f) => {
    const deck = deckSchema.parse(loadYaml(readFileSync(`${dir}/${f}`, 'utf8')));
    const { problems } = buildDeck(f.replace(/\.yaml$/, ''), deck, { questions: quizzes, specs: {} });
    expect(problems.filter((p) => !p.includes('cannot be a station yet'))).toEqual([]);
    expect(deck.slides.every((s) => s.notes.length >= 20 && s.minutes > 0)).toBe(true);
  });

  it('the two-hour workshop has what the brief asks for', () => {
    const deck = deckSchema.parse(loadYaml(readFileSync(`${dir}/one-funnel-two-teams.yaml`, 'utf8')));
    expect(deck.duration).toBe(120);
    expect(deck.slides.length).toBeGreaterThanOrEqual(18);
    const widgets = deck.slides.flatMap((s) => (s.kind === 'station' ? [s.widget] : []));
    expect(widgets).toEqual(expect.arrayContaining(['funnel', 'steps', 'roleplay', 'sorting', 'alignment']));
    expect(deck.slides.filter((s) => s.kind === 'question').length).toBeGreaterThanOrEqual(3);
    expect(deck.slides.some((s) => s.kind === 'activity')).toBe(true);
  });

  it('the lunch-and-learn runs 30 minutes', () => {
    const deck = deckSchema.parse(loadYaml(readFileSync(`${dir}/lunch-and-learn.yaml`, 'utf8')));
    expect(deck.duration).toBe(30);
  });
});
