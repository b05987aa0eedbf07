/**
 * The quiz model's types. Plain data, no Zod here, so the browser bundle that
 * imports these stays small; the YAML schema in schema.ts produces this shape.
 */

export type Confidence = 'sure' | 'unsure' | 'guessing';
export const CONFIDENCE_LEVELS: readonly Confidence[] = ['sure', 'unsure', 'guessing'];

export interface ChoiceOption {
  text: string;
  correct: boolean;
  /** Why this option is right or wrong, shown when the learner picks it. */
  why: string;
}

interface QuestionBase {
  /** Unique inside its file; lower-case words joined by hyphens. */
  id: string;
  prompt: string;
  /** Shown after every check, right or wrong. */
  explanation: string;
  /** `chapter-id#heading-id` of the section that teaches this. */
  ref: string;
  /**
   * A tool opened in the state that shows why (e.g. the funnel at 70 %
   * qualified): `tool` is its page under /tools/, `state` its URL state.
   */
  see?: SeeTool;
}

export interface SeeTool {
  tool: string;
  state: Record<string, string | number | boolean>;
}

export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: ChoiceOption[];
}
export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  options: ChoiceOption[];
}
export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  answer: boolean;
}
export interface OrderQuestion extends QuestionBase {
  type: 'order';
  /** In the right order. */
  items: string[];
}
export interface CategorizeQuestion extends QuestionBase {
  type: 'categorize';
  categories: string[];
  items: { text: string; category: string }[];
}
export interface MatchQuestion extends QuestionBase {
  type: 'match';
  pairs: { item: string; match: string }[];
  /** Extra choices that match nothing, so the last pair is not a give-away. */
  distractors: string[];
}

export type Question =
  | SingleQuestion
  | MultipleQuestion
  | TrueFalseQuestion
  | OrderQuestion
  | CategorizeQuestion
  | MatchQuestion;

/**
 * A learner's answer. Every index points into the question as written in
 * the YAML (not the shuffled view), so answers survive a reshuffle.
 */
export type Answer =
  | { type: 'single'; choice: number | null }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean | null }
  | { type: 'order'; order: number[] }
  | { type: 'categorize'; placed: (number | null)[] }
  | { type: 'match'; placed: (number | null)[] };

/** A question as a page hands it to the widget: with a global key and a resolved link. */
export type QuizQuestion = Question & {
  /** `chapter-id/question-id`, unique across the guide. */
  key: string;
  chapter: string;
  /** `/chapters/<id>/#<heading>` */
  href: string;
  /** The heading's text, for "Re-read: …" links. */
  section: string;
  /** The chapter's title, for the result card. */
  chapterTitle: string;
};

export interface QuizFile {
  questions: Question[];
}

/** Pass marks from the issue: chapter quizzes 70 %, the final exam 80 %. */
export const PASS_MARK = { chapter: 0.7, final: 0.8, review: 0.7 } as const;
export type QuizKind = keyof typeof PASS_MARK;

/** How many questions the final exam draws across all chapters. */
export const FINAL_EXAM_SIZE = 25;
export const FINAL_QUIZ_ID = 'final';
export const REVIEW_QUIZ_ID = 'review';
