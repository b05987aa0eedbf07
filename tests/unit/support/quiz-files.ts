/**
 * The quiz files in content/quizzes, read the way the build reads them
 * (schema applied, defaults filled), with the keys the pages give them, for
 * the tests that check the items themselves.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { quizFileSchema } from '~/lib/quiz/schema';
import type { Question } from '~/lib/quiz/types';

export type KeyedQuestion = Question & { key: string; chapter: string };

export interface QuizFileOnDisk {
  /** The chapter id, also the quiz id. */
  id: string;
  /** Path from the repository root, for messages. */
  file: string;
  questions: KeyedQuestion[];
}

/** Chapter order, from the NN- prefix of content/chapters/NN-<id>.mdx. */
export function chapterOrder(): string[] {
  return readdirSync('content/chapters')
    .filter((n) => /^\d\d-.+\.mdx$/.test(n))
    .sort()
    .map((n) => n.replace(/^\d\d-/, '').replace(/\.mdx$/, ''));
}

/** Every quiz file, in chapter order. Throws (naming the file) when one breaks the schema. */
export function readQuizFiles(): QuizFileOnDisk[] {
  const order = chapterOrder();
  return readdirSync('content/quizzes')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const id = f.replace(/\.yaml$/, '');
      const file = `content/quizzes/${f}`;
      const r = quizFileSchema.safeParse(loadYaml(readFileSync(file, 'utf8')));
      if (!r.success) {
        throw new Error(
          `${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      const questions = (r.data.questions as Question[]).map((q) => ({
        ...q,
        key: `${id}/${q.id}`,
        chapter: id,
      }));
      return { id, file, questions };
    })
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
