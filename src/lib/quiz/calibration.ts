/**
 * What only the progress page reads from the review record: the words for
 * each mastery level and the calibration of certainty-based marks. Kept apart
 * from review.ts so quiz pages do not load it.
 */
import { certaintyMark, signed, type Mark, type Mastery, type ReviewRecord } from './review.ts';

/** What each level asks, in the words the progress page uses. */
export const MASTERY_RULES: Record<Mastery, string> = {
  'not started': 'no question answered yet',
  attempted: 'at least one question answered',
  familiar: 'half the questions right at least once',
  proficient: 'four in five right again after a day or more',
  mastered: 'every question right on three spaced reviews',
};

export interface Calibration {
  answers: number;
  /** Mean score, 0..1. */
  accuracy: number;
  /** Mean CBM mark per answer, −6..3. */
  average: number;
  /**
   * Marks per answer gained over saying Guessing every time (which earns the
   * accuracy): above 0, certainty was judged well; below 0, it cost marks.
   */
  bonus: number;
}

function calibrate(marks: readonly Mark[]): Calibration {
  const n = marks.length;
  if (n === 0) return { answers: 0, accuracy: 0, average: 0, bonus: 0 };
  const accuracy = marks.reduce((s, m) => s + m.score, 0) / n;
  const average = marks.reduce((s, m) => s + certaintyMark(m.score, m.confidence), 0) / n;
  return { answers: n, accuracy, average, bonus: average - accuracy };
}

/** Calibration over all marked answers, and for the earlier and the recent half, so the learner sees it move. */
export function calibration(r: ReviewRecord): { all: Calibration; earlier: Calibration | null; recent: Calibration | null } {
  const all = calibrate(r.marks);
  if (r.marks.length < 4) return { all, earlier: null, recent: null };
  const half = Math.floor(r.marks.length / 2);
  return { all, earlier: calibrate(r.marks.slice(0, half)), recent: calibrate(r.marks.slice(half)) };
}

/** Bonus as text for the progress page ("+0.4 marks per answer"). */
export function formatBonus(bonus: number): string {
  return `${signed(bonus)} ${Math.abs(Math.round(bonus * 10) / 10) === 1 ? 'mark' : 'marks'} per answer`;
}
