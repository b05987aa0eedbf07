/**
 * The alignment scorecard's state: one rating of 1–5 per statement, in the
 * chapter's order, and one target per practice. The only place the rating
 * range is declared; the radios, the model's clamps and content/alignment.yaml
 * read it. Links shared before this spec carried compact digit strings
 * (`?r=5432…&t=55434`); they are still read, and rewritten in the new keys.
 */
import { defineState, stripUnsafe, type ListField, type StateSpec, type Values } from '../url-state/index.ts';
import { withLegacy } from '../url-state/legacy.ts';

/** The five practices, in the order the chapter teaches them (and the order of `targets`). */
export const PRACTICE_IDS = ['shared-goals', 'communication', 'planning', 'tools', 'cross-training'] as const;
export type PracticeId = (typeof PRACTICE_IDS)[number];

export const MIN_RATING = 1;
export const MAX_RATING = 5;
/** A neutral starting point: "partly true" for every statement. */
export const DEFAULT_RATING = 3;
export const DEFAULT_TARGET = 4;
/** Two or three statements for each of the five practices. */
export const MAX_STATEMENTS = 3 * PRACTICE_IDS.length;

export function clampRating(n: number): number {
  if (!Number.isFinite(n)) return DEFAULT_RATING;
  return Math.min(MAX_RATING, Math.max(MIN_RATING, Math.round(n)));
}

const ratings = (length: number, fill: number, label: string) =>
  ({
    kind: 'list',
    default: Array.from({ length }, () => fill),
    min: MIN_RATING,
    max: MAX_RATING,
    maxLength: length,
    fixed: true,
    label,
  }) as const satisfies ListField;

function fieldsFor(statements: number) {
  return {
    ratings: ratings(statements, DEFAULT_RATING, 'Ratings'),
    targets: ratings(PRACTICE_IDS.length, DEFAULT_TARGET, 'Targets'),
  };
}
export type ScorecardFields = ReturnType<typeof fieldsFor>;
export type ScorecardValues = Values<ScorecardFields>;

/** Longest old-style value looked at; longer ones are cut first. */
const MAX_RAW = 64;

function echo(raw: string): string {
  const clean = stripUnsafe(raw);
  return clean.length > 16 ? `${clean.slice(0, 16)}…` : clean;
}

export interface DigitsParse {
  values: number[];
  notices: string[];
}

/**
 * Reads an old compact digit string such as "3452…" into `length` ratings of
 * 1–5. Never throws: a missing value gives the defaults; a digit out of range
 * is clamped; anything else falls back to the default; each correction adds a
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

/**
 * The scorecard's spec for a set of practices (their statements give the
 * length of `ratings`). `?ratings=5.4.3…&targets=5.5.4.3.4`.
 */
export function scorecardState(practices: readonly { statements: readonly unknown[] }[]): StateSpec<ScorecardFields> {
  const n = Math.min(
    MAX_STATEMENTS,
    practices.reduce((k, p) => k + p.statements.length, 0),
  );
  return withLegacy(defineState(fieldsFor(n)), {
    keys: ['r', 't'],
    upgrade(get) {
      const set: Record<string, string> = {};
      const notices: string[] = [];
      const old = [
        ['r', 'ratings', n, DEFAULT_RATING, 'Ratings in the link'],
        ['t', 'targets', PRACTICE_IDS.length, DEFAULT_TARGET, 'Targets in the link'],
      ] as const;
      for (const [from, to, length, fallback, name] of old) {
        const raw = get(from);
        if (raw === null || get(to) !== null) continue;
        const r = parseDigits(raw, length, fallback, name);
        set[to] = r.values.join('.');
        notices.push(...r.notices);
      }
      return { set, notices };
    },
  });
}
