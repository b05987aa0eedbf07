/**
 * Build-time access to the quizzes: loads the collection, checks every `ref`
 * against the headings Astro really renders, and hands pages ready-to-use
 * questions. A broken ref throws, so the build fails naming file and question.
 */
import { getCollection, render } from 'astro:content';
import { chapterHref } from '../lib/site.ts';
import { checkRefs, formatRefProblems, type HeadingInfo } from '../lib/quiz/refs.ts';
import type { Question, QuizQuestion } from '../lib/quiz/types.ts';

export interface ChapterQuiz {
  /** The chapter id, also the quiz id. */
  id: string;
  title: string;
  order: number;
  questions: QuizQuestion[];
}

let cache: Promise<ChapterQuiz[]> | null = null;

/** Every chapter quiz in chapter order, refs checked. */
export function getChapterQuizzes(): Promise<ChapterQuiz[]> {
  cache ??= load();
  return cache;
}

async function load(): Promise<ChapterQuiz[]> {
  const [chapters, quizzes] = await Promise.all([getCollection('chapters'), getCollection('quizzes')]);
  const headings = new Map<string, HeadingInfo[]>();
  for (const c of chapters) {
    const { headings: hs } = await render(c);
    headings.set(
      c.id,
      hs.map((h) => ({ slug: h.slug, text: h.text })),
    );
  }
  const files = quizzes.map((q) => ({
    file: `content/quizzes/${q.id}.yaml`,
    id: q.id,
    questions: q.data.questions as Question[],
  }));
  const orphans = files.filter((f) => !headings.has(f.id));
  if (orphans.length) {
    throw new Error(
      `Quiz files must be named after a chapter id: ${orphans.map((o) => o.file).join(', ')} match no chapter.`,
    );
  }
  const problems = checkRefs(files, headings);
  if (problems.length) throw new Error(formatRefProblems(problems));

  const byId = new Map(chapters.map((c) => [c.id, c]));
  return files
    .map((f) => {
      const ch = byId.get(f.id)!;
      return {
        id: f.id,
        title: ch.data.title,
        order: ch.data.order,
        questions: f.questions.map((q): QuizQuestion => {
          const [chapter = '', anchor = ''] = q.ref.split('#');
          const section = headings.get(chapter)?.find((h) => h.slug === anchor)?.text ?? anchor;
          const target = byId.get(chapter);
          return {
            ...q,
            key: `${f.id}/${q.id}`,
            chapter: f.id,
            href: `${chapterHref(chapter)}#${anchor}`,
            section,
            chapterTitle: target?.data.title ?? chapter,
          };
        }),
      };
    })
    .sort((a, b) => a.order - b.order);
}

/** The quiz of one chapter, or undefined when that chapter has none yet. */
export async function getChapterQuiz(id: string): Promise<ChapterQuiz | undefined> {
  return (await getChapterQuizzes()).find((q) => q.id === id);
}

/** Every question of every chapter, in chapter order: the pool for the final exam and reviews. */
export async function getQuestionPool(): Promise<QuizQuestion[]> {
  return (await getChapterQuizzes()).flatMap((q) => q.questions);
}

/** Questions per chapter (chapter id → count), for the mastery marks. */
export async function getQuestionCounts(): Promise<Record<string, number>> {
  return Object.fromEntries((await getChapterQuizzes()).map((q) => [q.id, q.questions.length]));
}
