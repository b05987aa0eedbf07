/**
 * Blind strategies: a learner who answers without reading. Each strategy is
 * played against every chapter quiz and the final exam, on the layout a
 * learner sees in the first attempt (order questions from `startingOrder`), and scored with the quiz's own scoring
 * functions. The tables are printed so a run shows the figures.
 *
 * "Whole quiz" scores count every question (a strategy that says nothing
 * about a question type earns nothing there); "all tricks" answers every
 * question with the trick that fits its type, which is the strongest blind
 * play. Each must stay under 40 % on every quiz and on every final draw.
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

const untouched: Strategy = (q, layout) => (q.type === 'order' ? { type: 'order', order: [...layout.order] } : null);

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
      const c = longestIndex(q.categories, q.categories.map((_, i) => i));
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

const alwaysTrue: Strategy = (q) => (q.type === 'truefalse' ? { type: 'truefalse', value: true } : null);

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
    const layout = q.type === 'order' ? { ...layouts[q.key]!, order: startingOrder(q.items, seed) } : layouts[q.key]!;
    const a = strategy(q, layout);
    const s = a ? scoreAnswer(q, a) : 0;
    scores.push(s);
    if (a) own.push(s);
  }
  return { whole: quizScore(scores), applies: own.length ? quizScore(own) : null };
}

const files = readQuizFiles();
const pool = files.flatMap((f) => f.questions);
const FINAL_DRAWS = 20;
const finals = Array.from({ length: FINAL_DRAWS }, (_, i) => {
  const seed = attemptSeed(FINAL_QUIZ_ID, i + 1);
  return { seed, questions: drawExam(pool, seed, FINAL_EXAM_SIZE) };
});

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
const columns = [...files.map((f) => f.id), 'final (1st draw)', `final (worst of ${FINAL_DRAWS})`];

function row(strategy: Strategy, pick: (p: Played) => number | null): (number | null)[] {
  const chapter = files.map((f) => pick(play(strategy, f.questions, attemptSeed(f.id, 1))));
  const draws = finals.map((d) => pick(play(strategy, d.questions, d.seed)));
  const known = draws.filter((x): x is number => x !== null);
  return [...chapter, draws[0] ?? null, known.length ? Math.max(...known) : null];
}

function table(title: string, pick: (p: Played) => number | null): string {
  const width = Math.max(...columns.map((c) => c.length));
  const lines = [title, ['strategy'.padEnd(18), ...columns.map((c) => c.padStart(width))].join(' | ')];
  for (const [name, s] of STRATEGIES) {
    lines.push([name.padEnd(18), ...row(s, pick).map((x) => pct(x).padStart(width))].join(' | '));
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

  it.each(names)('%s scores under 40 percent on every chapter quiz', (name) => {
    const s = byName.get(name)!;
    for (const f of files) {
      const { whole } = play(s, f.questions, attemptSeed(f.id, 1));
      expect(whole, `${f.file}`).toBeLessThan(0.4);
    }
  });

  it.each(names)(`%s scores under 40 percent on each of ${FINAL_DRAWS} final-exam draws`, (name) => {
    const s = byName.get(name)!;
    for (const d of finals) expect(play(s, d.questions, d.seed).whole, `final, seed ${d.seed}`).toBeLessThan(0.4);
  });
});
