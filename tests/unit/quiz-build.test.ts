/**
 * Broken quizzes fail the build with a message that names the file and the
 * question: a ref to a heading that does not exist, and a schema error.
 * Each case builds a throwaway copy of the site.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWithChanges } from './support/build-copy';

const QUIZ = 'content/quizzes/defining-the-disciplines.yaml';

describe('quiz files in the build', () => {
  it(
    'a ref to a missing heading fails the build, naming the file and the question',
    () => {
      const src = readFileSync(QUIZ, 'utf8');
      const broken = src.replace('ref: defining-the-disciplines#meet-leafline', 'ref: defining-the-disciplines#meet-leafy');
      expect(broken).not.toBe(src);
      const { ok, output } = buildWithChanges({ [QUIZ]: broken });
      expect(ok).toBe(false);
      expect(output).toContain(
        'content/quizzes/defining-the-disciplines.yaml, question "leafline-contract-value": ref "defining-the-disciplines#meet-leafy": chapter "defining-the-disciplines" has no heading "#meet-leafy"',
      );
    },
    180_000,
  );

  it(
    'a single-choice question with two right answers fails the build, naming the file and the question',
    () => {
      const src = readFileSync(QUIZ, 'utf8');
      const broken = src.replace(
        '      - text: Getting as many likes, followers and website visitors as possible\n',
        '      - text: Getting as many likes, followers and website visitors as possible\n        correct: true\n',
      );
      expect(broken).not.toBe(src);
      const { ok, output } = buildWithChanges({ [QUIZ]: broken });
      expect(ok).toBe(false);
      expect(output).toMatch(/defining-the-disciplines/);
      expect(output).toContain('question "shared-goal": a single-choice question needs exactly one correct option (found 2)');
    },
    180_000,
  );

  it(
    'a match question without a distractor fails the build, naming the file and the field',
    () => {
      const src = readFileSync(QUIZ, 'utf8');
      const broken = src.replace(
        '    distractors:\n      - the number of likes on a post\n      - how many people each team employs\n',
        '    distractors: []\n',
      );
      expect(broken).not.toBe(src);
      const { ok, output } = buildWithChanges({ [QUIZ]: broken });
      expect(ok).toBe(false);
      expect(output).toMatch(/defining-the-disciplines/);
      expect(output).toMatch(/distractors/);
      expect(output).toContain('give at least one distractor, so the last pair is not forced');
    },
    180_000,
  );
});
