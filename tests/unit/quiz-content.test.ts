/**
 * Quiz files: the schema and the ref check, on broken fixtures and on the real
 * content, with headings read from the chapter files by Astro's slug rules.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { quizFileSchema } from '~/lib/quiz/schema';
import {
  checkRefs,
  formatRefProblems,
  headingsFromMarkdown,
  type HeadingInfo,
} from '~/lib/quiz/refs';
import { correctAnswer, scoreAnswer } from '~/lib/quiz/score';
import type { Question } from '~/lib/quiz/types';

const opt = (text: string, correct = false) => ({ text, correct, why: `Because ${text} is so.` });
const q = (id: string, extra: Record<string, unknown>) => ({
  id,
  prompt: `Prompt ${id}?`,
  explanation: 'A full sentence that explains it.',
  ref: 'defining-the-disciplines#what-sales-is',
  ...extra,
});
const single = (id: string) =>
  q(id, { type: 'single', options: [opt('a', true), opt('b'), opt('c')] });
const good = () => ({
  questions: [
    single('s1'),
    single('s2'),
    single('s3'),
    q('m1', { type: 'multiple', options: [opt('a', true), opt('b', true), opt('c'), opt('d')] }),
    q('t1', { type: 'truefalse', answer: true }),
    q('o1', { type: 'order', items: ['one', 'two', 'three'] }),
    q('c1', {
      type: 'categorize',
      items: [
        { text: 'x', category: 'Sales' },
        { text: 'y', category: 'Marketing' },
        { text: 'z', category: 'Both' },
      ],
    }),
    q('p1', {
      type: 'match',
      pairs: [
        { item: 'a', match: 'A' },
        { item: 'b', match: 'B' },
        { item: 'c', match: 'C' },
      ],
      distractors: ['D'],
    }),
  ],
});

function problems(data: unknown): string[] {
  const r = quizFileSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('quiz schema', () => {
  it('accepts a see link to a tool in a state', () => {
    const f = good();
    f.questions[0] = {
      ...single('s1'),
      see: { tool: 'funnel', state: { qualified: 70, compare: true, scenario: 'aligned' } },
    } as never;
    expect(problems(f)).toEqual([]);
  });

  it('accepts a good file and fills defaults', () => {
    const r = quizFileSchema.parse(good());
    const cat = r.questions.find((x) => x.type === 'categorize');
    expect(cat && 'categories' in cat ? cat.categories : null).toEqual([
      'Sales',
      'Marketing',
      'Both',
    ]);
  });

  type Broken = [string, (f: ReturnType<typeof good>) => unknown, string];
  const cases: Broken[] = [
    [
      'fewer than 8 questions',
      (f) => ({ questions: f.questions.slice(0, 7) }),
      'at least 8 questions',
    ],
    [
      'fewer than 4 types',
      () => ({ questions: [...Array(8)].map((_, i) => single(`s${i}`)) }),
      'at least 4 question types',
    ],
    [
      'a duplicate id',
      (f) => ({ questions: [...f.questions, single('s1')] }),
      'question "s1": the id is used twice',
    ],
    [
      'single with two correct',
      (f) => ({
        questions: [
          ...f.questions,
          q('s9', { type: 'single', options: [opt('a', true), opt('b', true), opt('c')] }),
        ],
      }),
      'question "s9": a single-choice question needs exactly one correct option (found 2)',
    ],
    [
      'multiple with none correct',
      (f) => ({
        questions: [
          ...f.questions,
          q('m9', { type: 'multiple', options: [opt('a'), opt('b'), opt('c')] }),
        ],
      }),
      'question "m9": a multiple-choice question needs at least one correct option',
    ],
    [
      'multiple with one wrong option',
      (f) => ({
        questions: [
          ...f.questions,
          q('m8', { type: 'multiple', options: [opt('a', true), opt('b', true), opt('c')] }),
        ],
      }),
      'question "m8": a multiple-choice question needs at least two wrong options (found 1)',
    ],
    [
      'a prompt that counts the right options',
      (f) => ({
        questions: [
          ...f.questions,
          q('m7', {
            type: 'multiple',
            prompt: 'Which three things does Sam check?',
            options: [opt('a', true), opt('b', true), opt('c'), opt('d')],
          }),
        ],
      }),
      'question "m7": the prompt must not say how many options are right ("Which three")',
    ],
    [
      'a key far longer than the rest',
      (f) => ({
        questions: [
          ...f.questions,
          q('s3b', {
            type: 'single',
            options: [opt('The one long and careful answer', true), opt('short'), opt('brief')],
          }),
        ],
      }),
      'question "s3b": the right option is by far the longest',
    ],
    [
      'a match without a distractor',
      (f) => ({
        questions: [
          ...f.questions,
          q('p8', {
            type: 'match',
            pairs: [
              { item: 'a', match: 'A' },
              { item: 'b', match: 'B' },
              { item: 'c', match: 'C' },
            ],
          }),
        ],
      }),
      'questions.8.distractors',
    ],
    [
      'an item that names its category',
      (f) => ({
        questions: [
          ...f.questions,
          q('c8', {
            type: 'categorize',
            items: [
              { text: 'Marketing coordinator', category: 'Marketing' },
              { text: 'y', category: 'Sales' },
              { text: 'z', category: 'Both' },
            ],
          }),
        ],
      }),
      'question "c8": item "Marketing coordinator" names its own category',
    ],
    [
      'a see link to no tool',
      (f) => ({
        questions: [...f.questions, { ...single('s2b'), see: { tool: 'calculator', state: {} } }],
      }),
      'questions.8.see.tool',
    ],
    [
      'a see state that is not a value',
      (f) => ({
        questions: [
          ...f.questions,
          { ...single('s2c'), see: { tool: 'funnel', state: { qualified: [70] } } },
        ],
      }),
      'questions.8.see.state.qualified',
    ],
    [
      'a category that is not offered',
      (f) => ({
        questions: [
          ...f.questions,
          q('c9', {
            type: 'categorize',
            items: [
              { text: 'x', category: 'Sales' },
              { text: 'y', category: 'Finance' },
              { text: 'z', category: 'Both' },
            ],
          }),
        ],
      }),
      'question "c9": item "y" has category "Finance"',
    ],
    [
      'a duplicate match choice',
      (f) => ({
        questions: [
          ...f.questions,
          q('p9', {
            type: 'match',
            pairs: [
              { item: 'a', match: 'A' },
              { item: 'b', match: 'B' },
              { item: 'c', match: 'C' },
            ],
            distractors: ['A'],
          }),
        ],
      }),
      'question "p9": two choices read the same',
    ],
    [
      'an option without a why',
      (f) => ({
        questions: [
          ...f.questions,
          q('s8', { type: 'single', options: [{ text: 'a', correct: true }, opt('b'), opt('c')] }),
        ],
      }),
      'questions.8.options.0.why',
    ],
    [
      'no explanation',
      (f) => ({ questions: [...f.questions, { ...single('s7'), explanation: undefined }] }),
      'questions.8.explanation',
    ],
    [
      'a malformed ref',
      (f) => ({ questions: [...f.questions, { ...single('s6'), ref: 'what sales is' }] }),
      'chapter-id#heading-id',
    ],
    [
      'an unknown type',
      (f) => ({ questions: [...f.questions, q('x1', { type: 'essay' })] }),
      'questions.8.type',
    ],
    [
      'an unknown field',
      (f) => ({ questions: [...f.questions, { ...single('s5'), hint: 'psst' }] }),
      'questions.8',
    ],
    [
      'an id with spaces',
      (f) => ({ questions: [...f.questions, { ...single('s4'), id: 'Bad Id' }] }),
      'questions.8.id',
    ],
  ];
  it.each(cases)('refuses %s, naming the question', (_n, breakIt, fragment) => {
    expect(problems(breakIt(good())).join('\n')).toContain(fragment);
  });
});

describe('ref check', () => {
  const headings = new Map<string, HeadingInfo[]>([
    ['defining-the-disciplines', [{ slug: 'what-sales-is', text: 'What sales is' }]],
  ]);
  it('passes refs that resolve', () => {
    expect(
      checkRefs(
        [
          {
            file: 'f.yaml',
            questions: [{ id: 'a', ref: 'defining-the-disciplines#what-sales-is' }],
          },
        ],
        headings,
      ),
    ).toEqual([]);
  });
  it.each([
    [
      'an unknown heading',
      'defining-the-disciplines#what-sale-is',
      'has no heading "#what-sale-is"',
    ],
    [
      'an unknown chapter',
      'no-such-chapter#what-sales-is',
      'there is no chapter "no-such-chapter"',
    ],
  ])('fails %s, naming file and question', (_n, ref, fragment) => {
    const p = checkRefs(
      [{ file: 'content/quizzes/x.yaml', questions: [{ id: 'broken-one', ref }] }],
      headings,
    );
    expect(p).toHaveLength(1);
    const msg = formatRefProblems(p);
    expect(msg).toContain('content/quizzes/x.yaml');
    expect(msg).toContain('question "broken-one"');
    expect(msg).toContain(fragment);
  });
  it('slugs headings the way Astro does', () => {
    const md =
      "---\ntitle: x\n---\n## Sales: the immediate transaction\n## Who does it?\n### Leafline's funnel\n## Key takeaways\n## Key takeaways\n";
    expect(headingsFromMarkdown(md).map((h) => h.slug)).toEqual([
      'sales-the-immediate-transaction',
      'who-does-it',
      'leaflines-funnel',
      'key-takeaways',
      'key-takeaways-1',
    ]);
  });
});

/* ---------- the real content ---------- */

function chapterHeadings(): Map<string, HeadingInfo[]> {
  const map = new Map<string, HeadingInfo[]>();
  for (const f of readdirSync('content/chapters').filter((n) => /^\d\d-.+\.mdx$/.test(n))) {
    map.set(
      f.replace(/^\d\d-/, '').replace(/\.mdx$/, ''),
      headingsFromMarkdown(readFileSync(`content/chapters/${f}`, 'utf8')),
    );
  }
  return map;
}

const files = readdirSync('content/quizzes')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `content/quizzes/${f}`);

describe('the quizzes in content/', () => {
  it('there is one quiz for each of the eight chapters', () => {
    const ids = files
      .map((f) =>
        f
          .split('/')
          .pop()!
          .replace(/\.yaml$/, ''),
      )
      .sort();
    expect(ids).toEqual([...chapterHeadings().keys()].sort());
  });
  it.each(files)(
    '%s passes the schema, its refs resolve and every correct answer scores 1',
    (file) => {
      const data = loadYaml(readFileSync(file, 'utf8'));
      const r = quizFileSchema.safeParse(data);
      expect(
        r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      ).toEqual([]);
      const questions = r.data!.questions as Question[];
      expect(checkRefs([{ file, questions }], chapterHeadings())).toEqual([]);
      for (const question of questions)
        expect(scoreAnswer(question, correctAnswer(question))).toBe(1);
    },
  );
});
