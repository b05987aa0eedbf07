/**
 * The alignment scorecard (chapter 7): ratings of 1–5 per statement give a
 * score per practice, an overall score, the two weakest practices and the gap
 * to a target. The state (ratings and targets) is declared in state.ts.
 */
import {
  DEFAULT_RATING,
  DEFAULT_TARGET,
  MAX_RATING,
  MIN_RATING,
  PRACTICE_IDS,
  clampRating,
  type PracticeId,
  type ScorecardValues,
} from './state.ts';
import type { Practice } from './schema.ts';

export type { Practice } from './schema.ts';
export { DEFAULT_RATING, DEFAULT_TARGET, MAX_RATING, MIN_RATING, PRACTICE_IDS, clampRating, type PracticeId };

/** What each rating means, for the radio labels. */
export const RATING_LABELS: Record<number, string> = {
  1: 'Not at all',
  2: 'A little',
  3: 'Partly',
  4: 'Mostly',
  5: 'Fully',
};

export interface PracticeScore {
  id: PracticeId;
  name: string;
  short: string;
  /** Mean of the statement ratings, 1–5. */
  score: number;
  target: number;
  /** Target minus score; 0 when the score already meets the target. */
  gap: number;
}

export interface ScorecardResult {
  practices: PracticeScore[];
  /** Mean of the practice scores, 1–5. */
  overall: number;
  /** The overall score on a 0–100 scale (1 → 0, 5 → 100). */
  overallPercent: number;
  /** The two lowest-scoring practices, lowest first (ties keep the chapter's order). */
  weakest: PracticeScore[];
  overallTarget: number;
  /** Sum of the five practice scores, out of 25, as chapter 7's table counts. */
  total: number;
}

/** How many statements each practice has, in order; the length of `r=`. */
export function statementCount(practices: readonly Practice[]): number {
  return practices.reduce((n, p) => n + p.statements.length, 0);
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Scores from flat ratings (one per statement, in order) and one target per practice. */
export function scoreCard(practices: readonly Practice[], ratings: readonly number[], targets: readonly number[]): ScorecardResult {
  let k = 0;
  const scores: PracticeScore[] = practices.map((p, i) => {
    const rs = p.statements.map(() => clampRating(ratings[k++] ?? DEFAULT_RATING));
    const score = mean(rs);
    const target = clampRating(targets[i] ?? DEFAULT_TARGET);
    return { id: p.id, name: p.name, short: p.short, score, target, gap: Math.max(0, target - score) };
  });
  const overall = mean(scores.map((s) => s.score));
  const weakest = scores
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.score - b.s.score || a.i - b.i)
    .slice(0, 2)
    .map((x) => x.s);
  return {
    practices: scores,
    overall,
    overallPercent: ((overall - MIN_RATING) / (MAX_RATING - MIN_RATING)) * 100,
    weakest,
    overallTarget: mean(scores.map((s) => s.target)),
    total: scores.reduce((a, s) => a + s.score, 0),
  };
}

/** Flat ratings that give each practice the score given (every statement rated the same). */
export function ratingsFromScores(practices: readonly Practice[], scores: readonly number[]): number[] {
  return practices.flatMap((p, i) => p.statements.map(() => clampRating(scores[i] ?? DEFAULT_RATING)));
}

/**
 * Chapter 7's example: Leafline before Nadia's changes and six months later,
 * per practice in PRACTICE_IDS order. The "after" scores are also the target.
 */
export const LEAFLINE_EXAMPLE = {
  before: [1, 2, 1, 1, 1],
  after: [4, 5, 4, 3, 3],
} as const;

/** A plain-words reading of the overall score. */
export function describeOverall(overall: number): string {
  if (overall >= 4.5) return 'Sales and marketing work as one team.';
  if (overall >= 3.5) return 'Well aligned, with a few gaps to close.';
  if (overall >= 2.5) return 'Partly aligned: the teams cooperate, but not by design.';
  if (overall >= 1.5) return 'Loosely connected: the teams mostly work apart.';
  return 'Two separate teams that rarely meet.';
}

/** The ratings and targets of a state at full length: missing ones at their defaults, all clamped. */
export function scorecardInputs(practices: readonly Practice[], v: Pick<ScorecardValues, 'ratings' | 'targets'>): { ratings: number[]; targets: number[] } {
  return {
    ratings: Array.from({ length: statementCount(practices) }, (_, i) => clampRating(v.ratings[i] ?? DEFAULT_RATING)),
    targets: practices.map((_, i) => clampRating(v.targets[i] ?? DEFAULT_TARGET)),
  };
}

/** Where each practice's statements start in the flat ratings list. */
export function statementOffsets(practices: readonly Practice[]): number[] {
  let k = 0;
  return practices.map((p) => {
    const at = k;
    k += p.statements.length;
    return at;
  });
}

/** Chapter 7's two Leafline examples as states: before Nadia's changes and six months later. */
export function leaflineExamples(practices: readonly Practice[]): { key: 'before' | 'after'; label: string; values: ScorecardValues }[] {
  const targets = [...LEAFLINE_EXAMPLE.after];
  return [
    { key: 'before', label: 'Leafline before Nadia’s changes', values: { ratings: ratingsFromScores(practices, LEAFLINE_EXAMPLE.before), targets } },
    { key: 'after', label: 'Leafline six months later', values: { ratings: ratingsFromScores(practices, LEAFLINE_EXAMPLE.after), targets } },
  ];
}

/** Score with one decimal, e.g. "3.7". */
export function formatScore(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1);
}

/** The ratings with every statement of practice `index` set to `score` (a stage's one control per practice). */
export function setPracticeScore(practices: readonly Practice[], ratings: readonly number[], index: number, score: number): number[] {
  const at = statementOffsets(practices)[index];
  const count = practices[index]?.statements.length ?? 0;
  if (at === undefined) return ratings.slice();
  return ratings.map((r, k) => (k >= at && k < at + count ? clampRating(score) : r));
}

/** The ratings a statement can get, lowest first (one radio each). */
export const RATING_SCALE: readonly number[] = Array.from({ length: MAX_RATING - MIN_RATING + 1 }, (_, i) => MIN_RATING + i);
