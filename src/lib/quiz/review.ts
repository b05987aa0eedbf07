/**
 * Practice that makes it stick: a Leitner schedule for every answered
 * question, mastery per chapter from that schedule, and optional
 * certainty-based marking (the Moodle CBM scale) with a calibration score.
 * Kept in its own versioned record (`sxm-review`), apart from progress. Pure:
 * every function takes the time it needs, so tests run on a fixed clock.
 */
import type { Confidence } from './types.ts';
import { QUESTION_KEY, isDate, isRecord, isShare } from './guards.ts';

/** Days until a question in box 1…5 is due again. Box 1 is due the same day. */
export const BOX_DAYS = [0, 1, 3, 7, 16] as const;
export const TOP_BOX = BOX_DAYS.length;

export interface Card {
  /** Leitner box, 1 (new or missed) to 5. */
  box: number;
  /** Local date (YYYY-MM-DD) it is next due. */
  due: string;
  /** ISO date-time it was last answered. */
  seen: string;
  /** Score of that answer, 0..1. */
  score: number;
  /** The answer given then (validated against the question before it is shown). */
  answer: unknown;
}

export interface Mark {
  at: string;
  confidence: Confidence;
  score: number;
}

export interface ReviewRecord {
  cards: Record<string, Card>;
  /** Certainty-based marking is on. */
  cbm: boolean;
  /** Answers marked with certainty, oldest first (the latest MARKS_MAX). */
  marks: Mark[];
}

export const REVIEW_KEY = 'sxm-review';
export const REVIEW_VERSION = 1;
export const MARKS_MAX = 400;
const MAX_CARDS = 2000;

export function emptyReview(): ReviewRecord {
  return { cards: {}, cbm: false, marks: [] };
}

/* ---------- dates ---------- */

/** The local calendar day of a moment, as YYYY-MM-DD. */
export function dayOf(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A YYYY-MM-DD day `n` days later. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayOf(new Date(y, m - 1, d + n));
}

/* ---------- the schedule ---------- */

/**
 * One answer moves a card: right on a card that was due moves it up a box,
 * right before it was due leaves it where it is (cramming is not spacing),
 * anything less than fully right sends it back to box 1, due the same day.
 */
export function schedule(card: Card | undefined, score: number, answer: unknown, now: Date): Card {
  const today = dayOf(now);
  const seen = now.toISOString();
  if (score < 1) return { box: 1, due: today, seen, score, answer };
  if (!card) return { box: 2, due: addDays(today, BOX_DAYS[1]), seen, score, answer };
  if (card.due > today) return { ...card, seen, score, answer };
  const box = Math.min(TOP_BOX, card.box + 1);
  return { box, due: addDays(today, BOX_DAYS[box - 1]!), seen, score, answer };
}

/** Records an answer (the first check of a question in any quiz). */
export function recordAnswer(r: ReviewRecord, key: string, score: number, answer: unknown, now: Date): ReviewRecord {
  return { ...r, cards: { ...r.cards, [key]: schedule(r.cards[key], score, answer, now) } };
}

/** Show answer: the question goes back to box 1. */
export function sendBack(r: ReviewRecord, key: string, now: Date): ReviewRecord {
  const card = r.cards[key];
  if (!card) return r;
  return { ...r, cards: { ...r.cards, [key]: { ...card, box: 1, due: dayOf(now) } } };
}

/** Keys due on `today` or earlier, earliest due first, then lowest box. */
export function dueKeys(r: ReviewRecord, today: string): string[] {
  return Object.entries(r.cards)
    .filter(([, c]) => c.due <= today)
    .sort(([ka, a], [kb, b]) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.box - b.box || (ka < kb ? -1 : 1)))
    .map(([k]) => k);
}

export interface Outlook {
  dueToday: number;
  tomorrow: number;
  /** Due in the 7 days after today (tomorrow included). */
  thisWeek: number;
  /** Everything scheduled after today. */
  later: number;
  /** The next day anything falls due after today, or null. */
  nextDay: string | null;
}

/** What is due today and what is coming. */
export function outlook(r: ReviewRecord, today: string): Outlook {
  const tomorrow = addDays(today, 1);
  const week = addDays(today, 7);
  let dueToday = 0;
  let t = 0;
  let w = 0;
  let later = 0;
  let nextDay: string | null = null;
  for (const c of Object.values(r.cards)) {
    if (c.due <= today) dueToday++;
    else {
      later++;
      if (c.due === tomorrow) t++;
      if (c.due <= week) w++;
      if (nextDay === null || c.due < nextDay) nextDay = c.due;
    }
  }
  return { dueToday, tomorrow: t, thisWeek: w, later, nextDay };
}

/**
 * Cards for answers recorded before the schedule existed, so nobody's earlier
 * work is lost: wrong ones due at once, right ones in box 2.
 */
export function seedFromAnswers(r: ReviewRecord, answers: Readonly<Record<string, { score: number; at: string }>>): ReviewRecord {
  const cards = { ...r.cards };
  let added = false;
  for (const [key, a] of Object.entries(answers)) {
    if (cards[key]) continue;
    const at = new Date(a.at);
    if (Number.isNaN(at.getTime())) continue;
    const day = dayOf(at);
    cards[key] =
      a.score >= 1
        ? { box: 2, due: addDays(day, BOX_DAYS[1]), seen: a.at, score: a.score, answer: null }
        : { box: 1, due: day, seen: a.at, score: a.score, answer: null };
    added = true;
  }
  return added ? { ...r, cards } : r;
}

/* ---------- mastery ---------- */

export const MASTERY_LEVELS = ['not started', 'attempted', 'familiar', 'proficient', 'mastered'] as const;
export type Mastery = (typeof MASTERY_LEVELS)[number];

/**
 * A chapter's mastery from the boxes of its questions (`total` of them).
 * Boxes go down on a miss, so mastery does too.
 */
export function chapterMastery(r: ReviewRecord, chapter: string, total: number): Mastery {
  const boxes = Object.entries(r.cards)
    .filter(([k]) => k.startsWith(`${chapter}/`))
    .map(([, c]) => c.box);
  if (boxes.length === 0 || total <= 0) return 'not started';
  const atLeast = (b: number) => boxes.filter((x) => x >= b).length;
  if (atLeast(5) >= total) return 'mastered';
  if (atLeast(3) >= Math.ceil(total * 0.8)) return 'proficient';
  if (atLeast(2) >= Math.ceil(total / 2)) return 'familiar';
  return 'attempted';
}

/* ---------- certainty-based marking ---------- */

export interface CertaintyLevel {
  value: Confidence;
  label: string;
  /** Marks when fully right and when wrong (Moodle CBM: 1/0, 2/−2, 3/−6). */
  right: number;
  wrong: number;
}

export const CERTAINTY: readonly CertaintyLevel[] = [
  { value: 'sure', label: 'Sure', right: 3, wrong: -6 },
  { value: 'unsure', label: 'Unsure', right: 2, wrong: -2 },
  { value: 'guessing', label: 'Guessing', right: 1, wrong: 0 },
];

function level(c: Confidence | null): CertaintyLevel {
  return CERTAINTY.find((l) => l.value === c) ?? CERTAINTY[2]!;
}

/** The CBM mark of one answer; partial credit lies on the line between wrong and right. No level given counts as Guessing. */
export function certaintyMark(score: number, confidence: Confidence | null): number {
  const l = level(confidence);
  const s = Math.min(1, Math.max(0, score));
  return s * l.right + (1 - s) * l.wrong;
}

/** Adds a marked answer to the history (newest last, capped). */
export function addMark(r: ReviewRecord, score: number, confidence: Confidence | null, now: Date): ReviewRecord {
  const mark: Mark = { at: now.toISOString(), confidence: level(confidence).value, score };
  return { ...r, marks: [...r.marks, mark].slice(-MARKS_MAX) };
}

/* ---------- reading the stored record ---------- */

const DAY = /^\d{4}-\d\d-\d\d$/;


/** Keeps the valid parts of a stored record; null when it is not a record at all. */
export function validateReview(data: unknown): ReviewRecord | null {
  if (!isRecord(data)) return null;
  const out = emptyReview();
  if (isRecord(data.cards)) {
    for (const [k, c] of Object.entries(data.cards).slice(0, MAX_CARDS)) {
      if (
        QUESTION_KEY.test(k) &&
        isRecord(c) &&
        Number.isInteger(c.box) &&
        (c.box as number) >= 1 &&
        (c.box as number) <= TOP_BOX &&
        typeof c.due === 'string' &&
        DAY.test(c.due) &&
        isDate(c.seen) &&
        isShare(c.score)
      ) {
        out.cards[k] = { box: c.box as number, due: c.due, seen: c.seen, score: c.score, answer: isRecord(c.answer) ? c.answer : null };
      }
    }
  }
  out.cbm = data.cbm === true;
  if (Array.isArray(data.marks)) {
    out.marks = data.marks
      .filter(
        (m): m is Mark =>
          isRecord(m) && isDate(m.at) && isShare(m.score) && CERTAINTY.some((l) => l.value === m.confidence),
      )
      .slice(-MARKS_MAX)
      .map((m) => ({ at: m.at, confidence: m.confidence, score: m.score }));
  }
  return out;
}

/** A mark with its sign: "+3", "−1.5", "0". */
export function signed(n: number): string {
  const r = Math.round(n * 10) / 10;
  return `${r > 0 ? '+' : r < 0 ? '−' : ''}${Math.abs(r)}`;
}

/** The certainty line under a checked answer: "Certainty mark +3 (Sure, and right)." */
export function certaintyLine(score: number, confidence: Confidence | null): string {
  const l = level(confidence);
  const how = score >= 1 ? 'right' : score <= 0 ? 'wrong' : 'partly right';
  return `Certainty mark ${signed(certaintyMark(score, confidence))} (${l.label}, and ${how}).`;
}

/** The certainty total of an attempt: "Certainty-based marks: +7 from 5 answers (+1.4 each; at most +3)." */
export function certaintyTotal(answers: readonly { score: number; confidence: Confidence | null }[]): string {
  if (answers.length === 0) return '';
  const total = answers.reduce((s, a) => s + certaintyMark(a.score, a.confidence), 0);
  const each = total / answers.length;
  return `Certainty-based marks: ${signed(total)} from ${answers.length} ${answers.length === 1 ? 'answer' : 'answers'} (${signed(each)} each; at most +3).`;
}
