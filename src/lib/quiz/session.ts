/**
 * The attempt lifecycle, as pure functions over the per-question view state:
 * a fresh attempt, restoring checks saved in progress, Check answer, Try
 * again, Show answer, and the running totals. The widget holds these states
 * and calls these; nothing here touches the DOM or storage.
 */
import { describeGiven, untouchedOrder } from './answer.ts';
import { formatDay, verdictWord } from './describe.ts';
import type { Layout } from './attempt.ts';
import { blankAnswer, correctAnswer, isComplete, isValidAnswer, passes, quizScore, scoreAnswer } from './score.ts';
import type { Answer, Confidence, Question } from './types.ts';

/** One question's state in the widget. */
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

/** What a review card says about the last time its question was answered. */
export interface Previous {
  /** The learner's answer then, in words (empty when it was not kept). */
  lines: string[];
  /** "right", "wrong" or "partly right". */
  verdict: string;
  /** The date last seen, written out. */
  seen: string;
}

export type QuestionStates = Record<string, QuestionState>;

/** A saved first check, as progress stores it (the answer is untrusted until validated). */
export interface SavedCheck {
  answer: unknown;
  score: number;
  confidence: Confidence | null;
}

export function freshState(q: Question, layout: Layout | undefined): QuestionState {
  return {
    answer: blankAnswer(q, layout?.order),
    confidence: null,
    checked: false,
    latest: null,
    first: null,
    revealed: false,
    hint: '',
  };
}

/** Blank states for every question of an attempt. */
export function freshStates<Q extends Question & { key: string }>(
  questions: readonly Q[],
  layouts: Readonly<Record<string, Layout>>,
): QuestionStates {
  return Object.fromEntries(questions.map((q) => [q.key, freshState(q, layouts[q.key])]));
}

/** Puts back the checks saved for this attempt; answers that do not fit the question are skipped. */
export function restoreStates<Q extends Question & { key: string }>(
  questions: readonly Q[],
  states: QuestionStates,
  checks: Readonly<Record<string, SavedCheck>>,
): QuestionStates {
  const out: QuestionStates = { ...states };
  for (const q of questions) {
    const c = checks[q.key];
    const st = out[q.key];
    if (!c || !st || !isValidAnswer(q, c.answer)) continue;
    out[q.key] = {
      ...st,
      answer: c.answer,
      confidence: c.confidence,
      checked: true,
      first: c.score,
      latest: scoreAnswer(q, c.answer),
      hint: '',
    };
  }
  return out;
}

export const HINT_CHOOSE = 'Choose an answer before checking.';
export const HINT_EVERY_ITEM = 'Choose an answer for every item before checking.';
export const HINT_MOVE = 'Move at least one item before checking: the list does not start in order.';

export interface CheckResult {
  state: QuestionState;
  /** The score when this was the attempt's first check of the question (the one to record), else null. */
  recorded: number | null;
}

/**
 * Check answer. An incomplete answer (or an order question nobody touched)
 * only gets a hint; a locked question is left alone.
 */
export function checkQuestion(q: Question, st: QuestionState, layout: Layout | undefined): CheckResult {
  if (st.checked) return { state: st, recorded: null };
  if (!isComplete(q, st.answer)) {
    const hint = q.type === 'categorize' || q.type === 'match' ? HINT_EVERY_ITEM : HINT_CHOOSE;
    return { state: { ...st, hint }, recorded: null };
  }
  if (q.type === 'order' && st.first === null && layout && untouchedOrder(st.answer, layout.order)) {
    return { state: { ...st, hint: HINT_MOVE }, recorded: null };
  }
  const score = scoreAnswer(q, st.answer);
  const firstTime = st.first === null;
  return {
    state: { ...st, hint: '', checked: true, latest: score, first: firstTime ? score : st.first },
    recorded: firstTime ? score : null,
  };
}

/** Try again: unlock the answer as it is, and clear the feedback. */
export function retryQuestion(st: QuestionState): QuestionState {
  return { ...st, checked: false, revealed: false, latest: null, hint: '' };
}

/** Show answer: the verdict stays the learner's own ("Not quite"); the right answer is filled in below it. */
export function revealQuestion(q: Question, st: QuestionState): QuestionState {
  return { ...st, answer: correctAnswer(q), revealed: true, checked: true };
}

/** An edit to the answer (from the reducers in answer.ts): clears any hint. */
export function editAnswer(st: QuestionState, answer: Answer): QuestionState {
  return st.checked ? st : { ...st, answer, hint: '' };
}

export interface AttemptSummary {
  checked: number;
  total: number;
  /** Sum of first-check scores. */
  points: number;
  /** Mean of first-check scores, unchecked questions counting 0. */
  score: number;
  passed: boolean;
  /** Every question has its first check. */
  finished: boolean;
}

/** The running totals of an attempt. */
export function summarise<Q extends { key: string }>(
  questions: readonly Q[],
  states: Readonly<QuestionStates>,
  passMark: number,
): AttemptSummary {
  const firsts = questions.map((q) => states[q.key]?.first ?? null);
  const checked = firsts.filter((s) => s !== null).length;
  const points = firsts.reduce<number>((sum, s) => sum + (s ?? 0), 0);
  const score = quizScore(firsts.map((s) => s ?? 0));
  return {
    checked,
    total: questions.length,
    points,
    score,
    passed: passes(score, passMark),
    finished: questions.length > 0 && checked === questions.length,
  };
}

/** Sections to re-read: one per link, for questions whose first check was not fully right. */
export function sectionsToReread<Q extends { key: string; href: string }>(
  questions: readonly Q[],
  states: Readonly<QuestionStates>,
): Q[] {
  const seen = new Map<string, Q>();
  for (const q of questions) {
    const f = states[q.key]?.first;
    if (f !== null && f !== undefined && f < 1 && !seen.has(q.href)) seen.set(q.href, q);
  }
  return [...seen.values()];
}

/** Which questions make up an attempt. */
export interface AttemptSource<Q> {
  kind: 'chapter' | 'final' | 'review';
  /** The quiz's own questions (chapter quiz; the server-drawn first final exam). */
  base: readonly Q[];
  /** Seed of the server-drawn first attempt (the final exam keeps `base` for it). */
  firstSeed: number;
  /** Every question of the guide, when loaded. */
  pool: readonly Q[] | null;
  /** Review: keys due now, in the order to ask them. */
  due: readonly string[];
  /** How many questions one review round asks at most. */
  reviewSize?: number;
}

/**
 * The questions of the attempt with `seed`: the chapter's own, the saved
 * list `keys` when every key still exists, the final exam drawn from the
 * pool, or the review questions due. `draw` is the final-exam draw.
 */
export function attemptQuestions<Q extends { key: string }>(
  src: AttemptSource<Q>,
  seed: number,
  keys: readonly string[] | null,
  draw: (pool: readonly Q[], seed: number) => Q[],
): Q[] {
  if (src.kind === 'chapter') return src.base.slice();
  if (src.kind === 'final' && seed === src.firstSeed && !keys) return src.base.slice();
  const pool = src.pool ?? [];
  const byKey = new Map(pool.map((q) => [q.key, q]));
  if (keys && keys.length) {
    const list = keys.map((k) => byKey.get(k)).filter((q): q is Q => !!q);
    if (list.length === keys.length) return list;
  }
  if (src.kind === 'final') return draw(pool, seed);
  return src.due
    .map((k) => byKey.get(k))
    .filter((q): q is Q => !!q)
    .slice(0, src.reviewSize ?? 25);
}

/** What each review card shows about the last answer to its question (from the review schedule's cards). */
/** @public Called through the `session` namespace import in Quiz.svelte. */
export function previousAnswers<Q extends Question & { key: string }>(
  questions: readonly Q[],
  cards: Readonly<Record<string, { answer: unknown; score: number; seen: string }>>,
): Record<string, Previous> {
  const out: Record<string, Previous> = {};
  for (const q of questions) {
    const c = cards[q.key];
    if (!c) continue;
    const lines = c.answer && isValidAnswer(q, c.answer) ? describeGiven(q, c.answer) : [];
    out[q.key] = { lines, verdict: verdictWord(c.score), seen: formatDay(c.seen) };
  }
  return out;
}
