/**
 * The alignment scorecard (chapter 7): ratings of 1–5 per statement give a
 * score per practice, an overall score, the two weakest practices and the gap
 * to a target. Ratings and targets travel in the URL as compact digit strings
 * (`r=`, `t=`), parsed and clamped here so a shared link can never break the page.
 */
import type { Practice } from './schema.ts';

export type { Practice } from './schema.ts';

/** The five practices, in the order the chapter teaches them. */
export const PRACTICE_IDS = ['shared-goals', 'communication', 'planning', 'tools', 'cross-training'] as const;
export type PracticeId = (typeof PRACTICE_IDS)[number];

export const MIN_RATING = 1;
export const MAX_RATING = 5;
/** A neutral starting point: "partly true" for every statement. */
export const DEFAULT_RATING = 3;
export const DEFAULT_TARGET = 4;

/** What each rating means, for the radio labels. */
export const RATING_LABELS: Record<number, string> = {
  1: 'Not at all',
  2: 'A little',
  3: 'Partly',
  4: 'Mostly',
  5: 'Fully',
};

/** Longest query value we look at; longer ones are cut first. */
const MAX_RAW = 64;

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

export function clampRating(n: number): number {
  if (!Number.isFinite(n)) return DEFAULT_RATING;
  return Math.min(MAX_RATING, Math.max(MIN_RATING, Math.round(n)));
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

export interface DigitsParse {
  values: number[];
  notices: string[];
}

function echo(raw: string): string {
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > 16 ? `${clean.slice(0, 16)}…` : clean;
}

/**
 * Reads a compact digit string such as "3452…" into `length` ratings of 1–5.
 * Never throws: a missing value gives the defaults; a digit out of range is
 * clamped; anything else falls back to the default; each correction adds a
 * plain-text notice (the raw value is echoed cut short, never as HTML).
 */
export function parseDigits(raw: string | null, length: number, fallback: number, name: string): DigitsParse {
  const defaults = Array.from({ length }, () => fallback);
  if (raw === null || raw === '') return { values: defaults, notices: [] };
  const notices: string[] = [];
  const text = raw.length > MAX_RAW ? raw.slice(0, MAX_RAW) : raw;
  if (!/^\d+$/.test(text)) {
    return {
      values: defaults,
      notices: [`${name}: “${echo(raw)}” is not a list of digits 1 to 5, so the defaults are used.`],
    };
  }
  const values = defaults.slice();
  let clamped = false;
  for (let i = 0; i < Math.min(length, text.length); i++) {
    const d = Number(text[i]);
    const c = clampRating(d);
    if (c !== d) clamped = true;
    values[i] = c;
  }
  if (clamped) notices.push(`${name}: digits outside 1 to 5 were moved to the nearest of 1 or 5.`);
  if (text.length < length) {
    notices.push(`${name}: ${length - text.length} missing, so those start at ${fallback}.`);
  } else if (raw.length > length) {
    notices.push(`${name}: only the first ${length} digits are used.`);
  }
  return { values, notices };
}

/** Writes ratings back as digits; the inverse of parseDigits for valid input. */
export function toDigits(values: readonly number[]): string {
  return values.map(clampRating).join('');
}

export interface ScorecardState {
  ratings: number[];
  targets: number[];
  notices: string[];
}

/** The scorecard's state from a query string (`?r=…&t=…`). */
export function parseScorecardQuery(practices: readonly Practice[], query: string | URLSearchParams): ScorecardState {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    params = new URLSearchParams();
  }
  const r = parseDigits(params.get('r'), statementCount(practices), DEFAULT_RATING, 'Ratings in the link');
  const t = parseDigits(params.get('t'), practices.length, DEFAULT_TARGET, 'Targets in the link');
  return { ratings: r.values, targets: t.values, notices: [...r.notices, ...t.notices] };
}

/** The query string for a state; empty when everything is at its default. */
export function toScorecardQuery(ratings: readonly number[], targets: readonly number[]): string {
  const params = new URLSearchParams();
  if (ratings.some((r) => r !== DEFAULT_RATING)) params.set('r', toDigits(ratings));
  if (targets.some((t) => t !== DEFAULT_TARGET)) params.set('t', toDigits(targets));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Score with one decimal, e.g. "3.7". */
export function formatScore(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1);
}
