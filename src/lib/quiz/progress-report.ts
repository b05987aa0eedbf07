/**
 * What only the progress page needs: summaries for its charts and tables, and
 * export / import of progress as a JSON file. Kept apart from progress.ts so
 * quiz pages do not load it.
 */
import { CONFIDENCE_LEVELS, type Confidence } from './types.ts';
import { chapterMastery, type Mastery, type ReviewRecord } from './review.ts';
import { passes } from './score.ts';
import { PROGRESS_VERSION, sanitizeProgress, type Progress } from './progress.ts';
import { isRecord } from './guards.ts';


export interface ConfidenceRow {
  confidence: Confidence | 'not said';
  answers: number;
  right: number;
  /** right / answers, or null when there are none */
  share: number | null;
}

/** Latest answers grouped by the confidence given; "right" means fully right. */
export function confidenceTable(p: Progress): ConfidenceRow[] {
  const levels: (Confidence | 'not said')[] = [...CONFIDENCE_LEVELS, 'not said'];
  return levels.map((level) => {
    const rows = Object.values(p.answers).filter((a) => (a.confidence ?? 'not said') === level);
    const right = rows.filter((a) => a.score >= 1).length;
    return { confidence: level, answers: rows.length, right, share: rows.length ? right / rows.length : null };
  });
}

/** Share of the guide done: chapters read, chapter quizzes passed and the final exam. */
export function completion(p: Progress, chapters: readonly string[], chapterPassMark: number) {
  const read = chapters.filter((c) => p.read[c]).length;
  const passed = chapters.filter((c) => passes(p.quizzes[c]?.best ?? 0, chapterPassMark)).length;
  const final = p.final?.passed ? 1 : 0;
  const total = chapters.length * 2 + 1;
  return { read, passed, final: final === 1, share: total ? (read + passed + final) / total : 0 };
}

export interface ChapterInfo {
  id: string;
  title: string;
  order: number;
  /** Questions in the chapter's quiz (0 when it has none). */
  questions: number;
}

/** Questions per chapter (chapter id → count), as the chapter menu's mastery marks need them. */
export function questionCounts(chapters: readonly ChapterInfo[]): Record<string, number> {
  return Object.fromEntries(chapters.map((c) => [c.id, c.questions]));
}

export interface ChapterRow extends ChapterInfo {
  read: boolean;
  best: number | null;
  attempts: number;
  passed: boolean;
  mastery: Mastery;
}

/** One row per chapter: read, best score, attempts, passed (the one rule) and mastery. */
export function chapterRows(
  p: Progress,
  review: ReviewRecord,
  chapters: readonly ChapterInfo[],
  chapterPassMark: number,
): ChapterRow[] {
  return chapters.map((c) => {
    const q = p.quizzes[c.id];
    return {
      ...c,
      read: !!p.read[c.id],
      best: q ? q.best : null,
      attempts: q?.attempts ?? 0,
      passed: q ? passes(q.best, chapterPassMark) : false,
      mastery: chapterMastery(review, c.id, c.questions),
    };
  });
}

/* ---------- export / import ---------- */

export const EXPORT_KIND = 'sales-x-marketing-progress';

export function exportProgress(p: Progress, at: string): string {
  return JSON.stringify({ kind: EXPORT_KIND, version: PROGRESS_VERSION, exportedAt: at, progress: p }, null, 2);
}

export interface ImportReport {
  ok: boolean;
  value: Progress | null;
  /** What was wrong, in plain text; empty when everything was fine. */
  problems: string[];
  /** One-line summary of what was found. */
  summary: string;
}

/** Reads an exported file. Never throws; reports every problem it found. */
export function importProgress(text: string): ImportReport {
  const fail = (problem: string): ImportReport => ({ ok: false, value: null, problems: [problem], summary: 'Nothing was imported.' });
  if (text.length > 2_000_000) return fail('The file is larger than 2 MB, too big to be a progress file.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('The file is not valid JSON.');
  }
  if (!isRecord(data) || data.kind !== EXPORT_KIND) {
    return fail('The file is not a progress file exported from this guide.');
  }
  if (data.version !== PROGRESS_VERSION) {
    return fail(`The file comes from progress version ${String(data.version)}; this guide reads version ${PROGRESS_VERSION}.`);
  }
  const s = sanitizeProgress(data.progress);
  if (!s) return fail('The file has no progress in it.');
  const v = s.value;
  const summary = `Found ${count(Object.keys(v.read).length, 'chapter')} read, ${count(Object.keys(v.quizzes).length, 'quiz', 'quizzes')} taken and ${count(Object.keys(v.answers).length, 'answer')}.`;
  return { ok: true, value: v, problems: s.problems, summary };
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
