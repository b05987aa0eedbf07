/**
 * Marks chapters read, quizzes passed and mastery reached in the header's
 * chapter menu. The header is static Astro markup, so an island on the page
 * adds the marks (text, not colour alone) after reading progress; text-only
 * pages ship no JS.
 */
import './marks.css';
import { PASS_MARK } from '~/lib/quiz/types';
import { passes } from '~/lib/quiz/score';
import type { Progress } from '~/lib/quiz/progress';
import { chapterMastery, type ReviewRecord } from '~/lib/quiz/review';
import { getReview, subscribeReview } from '~/lib/quiz/review-store';
import { getProgress, subscribe, type ProgressState } from '~/lib/quiz/store';

/** Questions per chapter (chapter id → count), for mastery. */
export type QuestionCounts = Readonly<Record<string, number>>;

export function markChapterMenu(p: Progress, review: ReviewRecord, counts: QuestionCounts = {}): void {
  if (typeof document === 'undefined') return;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-chapter]')) {
    const id = a.dataset.chapter ?? '';
    a.querySelector('.progress-marks')?.remove();
    const labels: [string, string][] = [];
    if (p.read[id]) labels.push(['read', '✓ Read']);
    if (passes(p.quizzes[id]?.best ?? 0, PASS_MARK.chapter)) labels.push(['passed', '✓ Quiz passed']);
    const total = counts[id] ?? 0;
    const mastery = total > 0 ? chapterMastery(review, id, total) : 'not started';
    if (mastery !== 'not started') labels.push(['mastery', `Mastery: ${mastery}`]);
    if (!labels.length) continue;
    const box = document.createElement('span');
    box.className = 'progress-marks';
    for (const [cls, text] of labels) {
      const s = document.createElement('span');
      s.className = `progress-mark ${cls}`;
      s.textContent = text;
      box.append(s);
    }
    a.append(box);
  }
}

/**
 * Follows stored progress for a widget: calls `apply` now and after every
 * change the store publishes (answers, import, reset, start fresh), keeping the
 * chapter menu's marks in step. Returns the unsubscribe, for onMount.
 */
export function followProgress(apply: (st: ProgressState) => void, counts: QuestionCounts = {}): () => void {
  const run = (st: ProgressState) => {
    apply(st);
    markChapterMenu(st.progress, getReview(st.progress.answers), counts);
  };
  run(getProgress());
  const off = subscribe(run);
  const offReview = subscribeReview((r) => markChapterMenu(getProgress().progress, r, counts));
  return () => {
    off();
    offReview();
  };
}
