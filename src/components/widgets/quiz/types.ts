/** State of one question in the widget (view state; the model lives in src/lib/quiz). */
import type { Answer, Confidence } from '~/lib/quiz/types';

export interface QuestionState {
  answer: Answer;
  confidence: Confidence | null;
  /** The answer is locked and feedback is showing. */
  checked: boolean;
  /** Score of the latest check, 0..1. */
  latest: number | null;
  /** Score of the first check in this attempt: the one that counts. */
  first: number | null;
  /** Show answer was pressed. */
  revealed: boolean;
  /** "Choose an answer first" style hint, plain text. */
  hint: string;
}
