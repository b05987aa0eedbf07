/**
 * Question lists come from this site's own build (`/quiz/<id>.json`,
 * `/quiz/pool.json`); a light shape check guards against a stale cache.
 */
import type { QuizQuestion } from './types.ts';

export async function fetchQuestions(url: string): Promise<QuizQuestion[]> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const data: unknown = await res.json();
  if (!Array.isArray(data) || !data.every((q) => typeof q === 'object' && q && typeof q.key === 'string')) {
    throw new Error('unexpected question list');
  }
  return data as QuizQuestion[];
}
