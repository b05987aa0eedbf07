/**
 * What a progress page (quiz index, progress, certificate) shows of the
 * learner: stored progress, the review record and the store's notices, kept in
 * step with every change (this tab's and other tabs'), and the chapter menu's
 * marks with them. Create it while a component is set up; it reads the store
 * once the component mounts, so the server render has `progress` null.
 */
import { onMount } from 'svelte';
import type { Progress } from '~/lib/quiz/progress';
import { emptyReview, type ReviewRecord } from '~/lib/quiz/review';
import { getReview, subscribeReview } from '~/lib/quiz/review-store';
import type { ProgressState } from '~/lib/quiz/store';
import { followProgress, type QuestionCounts } from './menuMarks';

export class Learner {
  /** Saved progress, once read in the browser (null on the server). */
  progress = $state<Progress | null>(null);
  review = $state<ReviewRecord>(emptyReview());
  notice = $state<string | null>(null);
  canStartFresh = $state(false);
  undo = $state<ProgressState['undo']>(null);

  /** `counts`: questions per chapter, for the mastery marks in the chapter menu. */
  constructor(counts: () => QuestionCounts) {
    onMount(() => {
      const stop = followProgress((st) => {
        this.progress = st.progress;
        this.notice = st.notice;
        this.canStartFresh = st.canStartFresh;
        this.undo = st.undo;
        this.review = getReview(st.progress.answers);
      }, counts());
      const off = subscribeReview((r) => (this.review = r));
      return () => {
        stop();
        off();
      };
    });
  }
}
