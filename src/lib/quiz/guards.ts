/**
 * The checks stored and imported records are read with (progress, the review
 * schedule, a progress report): untrusted values are tested, never assumed.
 */

/** A question's key, "<quiz>/<question>", both kebab-case ids. */
export const QUESTION_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A plain object (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A share between 0 and 1. */
export function isShare(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
}

/** A short date string that Date can read. */
export function isDate(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
}
