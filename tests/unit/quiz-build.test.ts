/**
 * The item-writing rules that live in the quiz schema fail the build too,
 * naming the file, the question and the field (the ref and two-right-answers
 * cases are in build-failures.test.ts). Each case builds a small fixture site
 * with the real quiz file broken in one place.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dump, load } from 'js-yaml';
import { buildFixture } from './support/build-copy';

const BUILD_TIMEOUT = 180_000;
const QUIZ = 'content/quizzes/defining-the-disciplines.yaml';

type Yaml = Record<string, unknown>;

describe('a quiz that breaks an item-writing rule fails the build', () => {
  it(
    'a match question without a distractor, and a see link to no tool',
    () => {
      const quiz = load(readFileSync(QUIZ, 'utf8')) as Yaml;
      const questions = quiz.questions as Yaml[];
      const match = questions.find((q) => q.type === 'match')!;
      delete match.distractors;
      const single = questions.find((q) => q.type === 'single')!;
      single.see = { tool: 'calculator', state: { qualified: 70 } };
      const { ok, output } = buildFixture({ changes: { [QUIZ]: dump(quiz) } });
      expect(ok).toBe(false);
      expect(output).toMatch(/defining-the-disciplines/);
      expect(output).toMatch(new RegExp(`questions\\.${questions.indexOf(match)}\\.distractors`));
      expect(output).toMatch(new RegExp(`questions\\.${questions.indexOf(single)}\\.see\\.tool`));
      expect(output).toContain('name one of the tools under /tools/');
    },
    BUILD_TIMEOUT,
  );
});
