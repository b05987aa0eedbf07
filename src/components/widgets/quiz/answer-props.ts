import type { Layout } from '~/lib/quiz/attempt';
import type { QuestionState } from '~/lib/quiz/session';
import type { Answer, QuizQuestion } from '~/lib/quiz/types';

/** What every answer control of a question card takes (ChoiceList, SortList, OrderList). */
export interface AnswerProps {
  /** The question, of a type the control answers. */
  question: QuizQuestion;
  /** The question's whole state: the answer so far, and whether it has been checked. */
  qs: QuestionState;
  /** Id prefix unique to the card. */
  uid: string;
  /** Called with the edited answer. */
  onanswer: (a: Answer) => void;
}

/** An answer control whose options are shuffled for the attempt. */
export interface ShuffledAnswerProps extends AnswerProps {
  /** Option order (for match, also the choice order) for this attempt. */
  layout: Layout;
}
