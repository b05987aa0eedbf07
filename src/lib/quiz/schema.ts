/**
 * The schema of content/quizzes/<chapter-id>.yaml. Used by the content
 * collection (a bad file fails the build, naming the file and the question)
 * and by the unit tests on broken fixtures. Only the build imports Zod.
 */
import { z } from 'astro/zod';
import type { Question, QuizFile } from './types.ts';

export const MIN_QUESTIONS = 8;
export const MIN_TYPES = 4;
export const DEFAULT_CATEGORIES = ['Sales', 'Marketing', 'Both'];

/**
 * The tool pages under /tools/ a question's `see` may open. A unit test
 * checks each has a page in src/pages/tools/.
 */
export const SEE_TOOLS = [
  'funnel',
  'pipeline',
  'scorecard',
  'journey',
  'roles',
  'roleplay',
  'sales-process',
  'who-does-it',
] as const;

/**
 * A wide margin: the key of a single-choice question may not be the only
 * longest option by this factor over the next longest, or the length alone
 * gives it away.
 */
export const LONGEST_KEY_MARGIN = 1.3;

/** A prompt that tells the learner how many options are right ("which three …", "the two things"). */
const COUNT_WORDS =
  /\b(which|what|choose|pick|select|name|tick|the|these|all)\s+(two|three|four|five|six|seven|[2-8])\b(?!\s+(teams?|disciplines|sides)\b)/i;

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'use lower-case words joined by hyphens, e.g. "what-sales-does"',
  );
const text = z.string().trim().min(1, 'must not be empty');
const ref = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*#[a-z0-9]+(-[a-z0-9]+)*$/,
    'write the ref as chapter-id#heading-id, e.g. "defining-the-disciplines#what-sales-is"',
  );

const seeValue = z.union([z.string().max(200), z.number(), z.boolean()]);

/** A link to a tool in the state that shows why the answer is right. */
const see = z
  .object({
    tool: z.enum(SEE_TOOLS, {
      message: `name one of the tools under /tools/: ${SEE_TOOLS.join(', ')}`,
    }),
    state: z.record(
      z.string().regex(/^[a-z][a-z0-9]*$/i, 'state keys are the tool’s URL keys, e.g. "qualified"'),
      seeValue,
    ),
  })
  .strict();

const base = {
  id: slug,
  prompt: text,
  explanation: z.string().trim().min(20, 'explain the answer in at least one sentence'),
  ref,
  see: see.optional(),
};

const option = z
  .object({
    text,
    correct: z.boolean().default(false),
    why: z.string().trim().min(10, 'say in a sentence why this option is right or wrong'),
  })
  .strict();

const single = z
  .object({
    ...base,
    type: z.literal('single'),
    options: z.array(option).min(3, 'give at least 3 options').max(6),
  })
  .strict();
const multiple = z
  .object({
    ...base,
    type: z.literal('multiple'),
    options: z.array(option).min(3, 'give at least 3 options').max(8),
  })
  .strict();
const truefalse = z.object({ ...base, type: z.literal('truefalse'), answer: z.boolean() }).strict();
const order = z
  .object({
    ...base,
    type: z.literal('order'),
    items: z.array(text).min(3, 'give at least 3 items to order').max(8),
  })
  .strict();
const categorize = z
  .object({
    ...base,
    type: z.literal('categorize'),
    categories: z.array(text).min(2).max(5).default(DEFAULT_CATEGORIES),
    items: z
      .array(z.object({ text, category: text }).strict())
      .min(3, 'give at least 3 items')
      .max(10),
  })
  .strict();
const match = z
  .object({
    ...base,
    type: z.literal('match'),
    pairs: z
      .array(z.object({ item: text, match: text }).strict())
      .min(3, 'give at least 3 pairs')
      .max(8),
    distractors: z
      .array(text)
      .min(1, 'give at least one distractor, so the last pair is not forced')
      .max(4),
  })
  .strict();

export const questionSchema = z.discriminatedUnion('type', [
  single,
  multiple,
  truefalse,
  order,
  categorize,
  match,
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rules that need the whole question; each message starts with the question's id. */
function questionProblems(q: Question): string[] {
  const out: string[] = [];
  const say = (m: string) => out.push(`question "${q.id}": ${m}`);
  const dupes = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
  switch (q.type) {
    case 'single': {
      const n = q.options.filter((o) => o.correct).length;
      if (n !== 1) say(`a single-choice question needs exactly one correct option (found ${n})`);
      if (dupes(q.options.map((o) => o.text)).length) say('two options have the same text');
      const key = q.options.find((o) => o.correct);
      const others = q.options.filter((o) => !o.correct).map((o) => o.text.length);
      if (
        n === 1 &&
        key &&
        others.length &&
        key.text.length > LONGEST_KEY_MARGIN * Math.max(...others)
      ) {
        say(
          `the right option is by far the longest (${key.text.length} characters, the next ${Math.max(...others)}); ` +
            'shorten it or lengthen the others so length gives nothing away',
        );
      }
      break;
    }
    case 'multiple': {
      const n = q.options.filter((o) => o.correct).length;
      if (n < 1) say('a multiple-choice question needs at least one correct option (found 0)');
      if (q.options.length - n < 2) {
        say(
          `a multiple-choice question needs at least two wrong options (found ${q.options.length - n})`,
        );
      }
      if (dupes(q.options.map((o) => o.text)).length) say('two options have the same text');
      if (COUNT_WORDS.test(q.prompt)) {
        say(
          `the prompt must not say how many options are right ("${COUNT_WORDS.exec(q.prompt)![0]}")`,
        );
      }
      break;
    }
    case 'order':
      if (dupes(q.items).length)
        say('two items have the same text, so the order would be ambiguous');
      break;
    case 'categorize': {
      if (dupes(q.categories).length) say('two categories have the same name');
      for (const it of q.items) {
        if (!q.categories.includes(it.category)) {
          say(
            `item "${it.text}" has category "${it.category}", which is not one of ${q.categories.join(', ')}`,
          );
        } else if (new RegExp(`\\b${escape(it.category)}\\b`, 'i').test(it.text)) {
          say(
            `item "${it.text}" names its own category "${it.category}", which gives the answer away`,
          );
        }
      }
      break;
    }
    case 'match': {
      const all = [...q.pairs.map((p) => p.match), ...q.distractors];
      if (dupes(all).length) say(`two choices read the same: ${dupes(all).join(', ')}`);
      if (dupes(q.pairs.map((p) => p.item)).length) say('two items to match have the same text');
      break;
    }
    default:
      break;
  }
  return out;
}

export const quizFileSchema = z
  .object({
    questions: z.array(questionSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    const qs = file.questions as Question[];
    if (qs.length < MIN_QUESTIONS) {
      ctx.addIssue({
        code: 'custom',
        message: `a quiz needs at least ${MIN_QUESTIONS} questions (found ${qs.length})`,
      });
    }
    const types = new Set(qs.map((q) => q.type));
    if (types.size < MIN_TYPES) {
      ctx.addIssue({
        code: 'custom',
        message: `a quiz needs at least ${MIN_TYPES} question types (found ${types.size}: ${[...types].join(', ')})`,
      });
    }
    const seen = new Set<string>();
    qs.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `question "${q.id}": the id is used twice in this file`,
        });
      }
      seen.add(q.id);
      for (const m of questionProblems(q))
        ctx.addIssue({ code: 'custom', path: ['questions', i], message: m });
    });
  });

export type QuizFileData = z.infer<typeof quizFileSchema>;

// Compile-time check that the schema's output is the model's QuizFile.
const _sameShape: (f: QuizFileData) => QuizFile = (f) => f as QuizFile;
void _sameShape;
