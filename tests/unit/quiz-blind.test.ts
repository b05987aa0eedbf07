/**
 * Blind strategies: a learner who answers without reading. Each strategy is
 * played against every chapter quiz and the final exam, on the layout a
 * learner sees in the first attempt (order questions from `startingOrder`), and scored with the quiz's own scoring
 * functions. The tables are printed so a run shows the figures.
 *
 * "Whole quiz" scores count every question (a strategy that says nothing
 * about a question type earns nothing there); "all tricks" answers every
 * question with the trick that fits its type, which is the strongest blind
 * play. Each must stay under 40 % on the first attempt of every quiz and the
 * final, and on average over twenty attempts (new shuffles, new final draws).
 * "First choice" on shuffled options is a blind guess, so only its mean is
 * held to the line. The worst attempt is printed too: a lucky final draw can
 * hold more True statements than the pool does.
 */
import { describe, expect, it } from 'vitest';
import { attemptSeed, drawExam, layoutAttempt, type Layout } from '~/lib/quiz/attempt';
import { startingOrder } from '~/lib/quiz/order';
import { matchChoices, quizScore, scoreAnswer } from '~/lib/quiz/score';
import { FINAL_EXAM_SIZE, FINAL_QUIZ_ID, type Answer, type Question } from '~/lib/quiz/types';
import { readQuizFiles, type KeyedQuestion } from './support/quiz-files';

/** A strategy answers a question from its layout alone, or returns null when it has nothing to say. */
type Strategy = (q: Question, layout: Layout) => Answer | null;

const longestIndex = (texts: readonly string[], shown: readonly number[]): number =>
  shown.reduce((best, i) => (texts[i]!.length > texts[best]!.length ? i : best), shown[0]!);

const untouched: Strategy = (q, layout) =>
  q.type === 'order' ? { type: 'order', order: [...layout.order] } : null;

const firstChoice: Strategy = (q, layout) => {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: layout.order[0]! };
    case 'multiple':
      return { type: 'multiple', choices: [layout.order[0]!] };
    case 'truefalse':
      return { type: 'truefalse', value: true };
    case 'order':
      return untouched(q, layout);
    case 'categorize':
      return { type: 'categorize', placed: q.items.map(() => 0) };
    case 'match':
      return { type: 'match', placed: q.pairs.map(() => layout.choices[0]!) };
  }
};

const longest: Strategy = (q, layout) => {
  switch (q.type) {
    case 'single': {
      const texts = q.options.map((o) => o.text);
      return { type: 'single', choice: longestIndex(texts, layout.order) };
    }
    case 'multiple': {
      const texts = q.options.map((o) => o.text);
      return { type: 'multiple', choices: [longestIndex(texts, layout.order)] };
    }
    case 'categorize': {
      const c = longestIndex(
        q.categories,
        q.categories.map((_, i) => i),
      );
      return { type: 'categorize', placed: q.items.map(() => c) };
    }
    case 'match': {
      const c = longestIndex(matchChoices(q), layout.choices);
      return { type: 'match', placed: q.pairs.map(() => c) };
    }
    default:
      return null;
  }
};

const everyBox: Strategy = (q) =>
  q.type === 'multiple' ? { type: 'multiple', choices: q.options.map((_, i) => i) } : null;

const alwaysTrue: Strategy = (q) =>
  q.type === 'truefalse' ? { type: 'truefalse', value: true } : null;

const allTricks: Strategy = (q, layout) => {
  switch (q.type) {
    case 'single':
      return longest(q, layout);
    case 'multiple':
      return everyBox(q, layout);
    case 'truefalse':
      return alwaysTrue(q, layout);
    case 'order':
      return untouched(q, layout);
    default:
      return firstChoice(q, layout);
  }
};

const STRATEGIES: [string, Strategy][] = [
  ['longest option', longest],
  ['every box ticked', everyBox],
  ['always True', alwaysTrue],
  ['order untouched', untouched],
  ['first choice', firstChoice],
  ['all tricks', allTricks],
];

interface Played {
  /** Over every question of the quiz. */
  whole: number;
  /** Over the questions the strategy answers; null when it answers none. */
  applies: number | null;
}

function play(strategy: Strategy, questions: readonly KeyedQuestion[], seed: number): Played {
  const { layouts } = layoutAttempt(questions, seed);
  const scores: number[] = [];
  const own: number[] = [];
  for (const q of questions) {
    // Order questions start from startingOrder (at least half-way from solved).
    const layout =
      q.type === 'order'
        ? { ...layouts[q.key]!, order: startingOrder(q.items, seed) }
        : layouts[q.key]!;
    const a = strategy(q, layout);
    const s = a ? scoreAnswer(q, a) : 0;
    scores.push(s);
    if (a) own.push(s);
  }
  return { whole: quizScore(scores), applies: own.length ? quizScore(own) : null };
}

const files = readQuizFiles();
const pool = files.flatMap((f) => f.questions);
/** Attempts played per quiz: each reshuffles the options (and, for the final, draws new questions). */
const ATTEMPTS = 20;

interface Sitting {
  seed: number;
  questions: KeyedQuestion[];
}

/** Every quiz with its first ATTEMPTS attempts, as a learner who retakes it would meet them. */
const quizzes: { name: string; sittings: Sitting[] }[] = [
  ...files.map((f) => ({
    name: f.id,
    sittings: Array.from({ length: ATTEMPTS }, (_, i) => ({
      seed: attemptSeed(f.id, i + 1),
      questions: f.questions,
    })),
  })),
  {
    name: 'final',
    sittings: Array.from({ length: ATTEMPTS }, (_, i) => {
      const seed = attemptSeed(FINAL_QUIZ_ID, i + 1);
      return { seed, questions: drawExam(pool, seed, FINAL_EXAM_SIZE) };
    }),
  },
];

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** first attempt / mean of the attempts / worst attempt, for one strategy on one quiz. */
function summary(
  strategy: Strategy,
  sittings: readonly Sitting[],
  pick: (p: Played) => number | null,
) {
  const scores = sittings.map((t) => pick(play(strategy, t.questions, t.seed)));
  const known = scores.filter((x): x is number => x !== null);
  if (!known.length) return null;
  return { first: scores[0] ?? null, mean: mean(known), worst: Math.max(...known) };
}

function table(title: string, pick: (p: Played) => number | null): string {
  const cell = (x: ReturnType<typeof summary>) =>
    x ? `${pct(x.first)} / ${pct(x.mean)} / ${pct(x.worst)}` : '–';
  const width = 'strategy'.length + 10;
  const lines = [title, 'cells: first attempt / mean of ' + ATTEMPTS + ' attempts / worst attempt'];
  lines.push([''.padEnd(width), ...quizzes.map((q) => q.name)].join(' | '));
  for (const [name, s] of STRATEGIES) {
    lines.push(
      [name.padEnd(width), ...quizzes.map((q) => cell(summary(s, q.sittings, pick)))].join(' | '),
    );
  }
  return lines.join('\n');
}

describe('blind strategies', () => {
  it('prints each strategy’s score per quiz', () => {
    console.log(table('Blind strategies, whole quiz (every question counts):', (p) => p.whole));
    console.log(table('Blind strategies, on the questions each one answers:', (p) => p.applies));
  });

  const names = STRATEGIES.map(([name]) => name);
  const byName = new Map(STRATEGIES);

  // "First choice" on shuffled options is a guess, so one attempt is luck; its mean is what counts.
  it.each(names.filter((n) => n !== 'first choice'))(
    '%s scores under 40 percent on the first attempt of every quiz and the final',
    (name) => {
      const s = byName.get(name)!;
      for (const q of quizzes)
        expect(summary(s, q.sittings, (p) => p.whole)!.first, q.name).toBeLessThan(0.4);
    },
  );

  it.each(names)(
    `%s scores under 40 percent over ${ATTEMPTS} attempts of every quiz and the final`,
    (name) => {
      const s = byName.get(name)!;
      for (const q of quizzes)
        expect(summary(s, q.sittings, (p) => p.whole)!.mean, q.name).toBeLessThan(0.4);
    },
  );
});
