/**
 * Marks chapters read and quizzes passed in the header's chapter menu.
 * The header is static Astro markup, so an island on the page adds the marks
 * (text, not colour alone) after reading progress; text-only pages ship no JS.
 */
import './marks.css';
import { PASS_MARK } from '~/lib/quiz/types';
import type { Progress } from '~/lib/quiz/progress';
import { getProgress, subscribe, type ProgressState } from '~/lib/quiz/store';

export function markChapterMenu(p: Progress): void {
  if (typeof document === 'undefined') return;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-chapter]')) {
    const id = a.dataset.chapter ?? '';
    a.querySelector('.progress-marks')?.remove();
    const labels: [string, string][] = [];
    if (p.read[id]) labels.push(['read', '✓ Read']);
    if ((p.quizzes[id]?.best ?? 0) + 1e-9 >= PASS_MARK.chapter) labels.push(['passed', '✓ Quiz passed']);
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
export function followProgress(apply: (st: ProgressState) => void): () => void {
  const run = (st: ProgressState) => {
    apply(st);
    markChapterMenu(st.progress);
  };
  run(getProgress());
  return subscribe(run);
}
