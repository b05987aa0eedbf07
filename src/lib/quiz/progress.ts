/**
 * The learner's progress: chapters read, quiz attempts and best scores,
 * answers with confidence, the attempt in progress, the final-exam result and
 * the name for the certificate. Everything is validated by hand (no Zod in the
 * browser bundle); `sanitizeProgress` keeps what is valid and lists what was not.
 * Derived facts (whether the final exam was passed) are recomputed from the
 * scores, never taken from the data. `mergeProgress` keeps the better of each
 * record, so two tabs or an imported file never lower what was achieved.
 */
import { passes } from './score.ts';
import { CONFIDENCE_LEVELS, PASS_MARK, type Confidence } from './types.ts';
import { QUESTION_KEY, isDate, isRecord, isShare } from './guards.ts';

export interface QuizRecord {
  attempts: number;
  /** Best score, 0..1. */
  best: number;
  /** Latest finished attempt's score, 0..1. */
  last: number;
  /** ISO date-time of the latest finished attempt. */
  at: string;
}

export interface AnswerRecord {
  /** Score of the first check in the latest attempt that asked it, 0..1. */
  score: number;
  confidence: Confidence | null;
  at: string;
}

export interface CheckRecord {
  /** The answer as checked first (validated against the question when restored). */
  answer: unknown;
  score: number;
  confidence: Confidence | null;
}

export interface CurrentAttempt {
  seed: number;
  /** Question keys of the attempt, for drawn quizzes (final, review); empty for chapter quizzes. */
  keys: string[];
  checks: Record<string, CheckRecord>;
}

export interface FinalRecord {
  best: number;
  passed: boolean;
  /** ISO date-time of the best passing (or best) attempt. */
  at: string;
}

export interface Progress {
  /** Chapter id → ISO date-time it was first read to the end. */
  read: Record<string, string>;
  quizzes: Record<string, QuizRecord>;
  answers: Record<string, AnswerRecord>;
  current: Record<string, CurrentAttempt>;
  final: FinalRecord | null;
  /** Typed by the learner on /certificate/; never leaves the browser. */
  name: string;
  /**
   * When this record was last started over (a reset or an import that
   * replaced it), as an ISO date-time plus a random tag. Records of different
   * epochs are not merged: the later one wins, so a reset in one tab is not
   * undone by another tab's older copy. Absent means "never started over".
   */
  epoch?: string;
}

export const PROGRESS_KEY = 'sxm-progress';
export const PROGRESS_VERSION = 1;
export const NAME_MAX = 80;

export function emptyProgress(): Progress {
  return { read: {}, quizzes: {}, answers: {}, current: {}, final: null, name: '' };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ENTRIES = 2000;

function isConfidence(v: unknown): v is Confidence | null {
  return v === null || (typeof v === 'string' && (CONFIDENCE_LEVELS as readonly string[]).includes(v));
}

export interface Sanitized {
  value: Progress;
  /** Plain-text lines, one per thing that was dropped or fixed. */
  problems: string[];
}

/**
 * Keeps every valid part of `data` and reports the rest. Returns null only
 * when `data` is not an object at all.
 */
export function sanitizeProgress(data: unknown): Sanitized | null {
  if (!isRecord(data)) return null;
  const problems: string[] = [];
  const out = emptyProgress();

  const section = (name: string): Record<string, unknown> => {
    const v = data[name];
    if (v === undefined) return {};
    if (!isRecord(v)) {
      problems.push(`"${name}" was not a list of entries, so it was left out.`);
      return {};
    }
    const entries = Object.keys(v);
    if (entries.length > MAX_ENTRIES) {
      problems.push(`"${name}" had more than ${MAX_ENTRIES} entries, so it was left out.`);
      return {};
    }
    return v;
  };

  for (const [id, at] of Object.entries(section('read'))) {
    if (ID.test(id) && isDate(at)) out.read[id] = at;
    else problems.push(`Chapter read "${short(id)}": not a chapter id with a date, left out.`);
  }

  for (const [id, r] of Object.entries(section('quizzes'))) {
    if (
      ID.test(id) &&
      isRecord(r) &&
      Number.isInteger(r.attempts) &&
      (r.attempts as number) >= 1 &&
      (r.attempts as number) <= 100000 &&
      isShare(r.best) &&
      isShare(r.last) &&
      (r.last as number) <= (r.best as number) + 1e-9 &&
      isDate(r.at)
    ) {
      out.quizzes[id] = { attempts: r.attempts as number, best: r.best, last: r.last, at: r.at };
    } else {
      problems.push(`Quiz "${short(id)}": attempts, best and last scores (0 to 1) or date were wrong, left out.`);
    }
  }

  for (const [key, r] of Object.entries(section('answers'))) {
    if (QUESTION_KEY.test(key) && isRecord(r) && isShare(r.score) && isConfidence(r.confidence ?? null) && isDate(r.at)) {
      out.answers[key] = { score: r.score, confidence: (r.confidence ?? null) as Confidence | null, at: r.at };
    } else {
      problems.push(`Answer "${short(key)}": score (0 to 1), confidence or date were wrong, left out.`);
    }
  }

  for (const [id, r] of Object.entries(section('current'))) {
    const keysOk = isRecord(r) && Array.isArray(r.keys) && r.keys.length <= 100 && r.keys.every((k) => typeof k === 'string' && QUESTION_KEY.test(k));
    if (!ID.test(id) || !isRecord(r) || !Number.isInteger(r.seed) || (r.seed as number) < 0 || (r.seed as number) > 0xffffffff || !keysOk || !isRecord(r.checks)) {
      problems.push(`Quiz in progress "${short(id)}" was not readable, left out.`);
      continue;
    }
    const checks: Record<string, CheckRecord> = {};
    for (const [key, c] of Object.entries(r.checks)) {
      if (QUESTION_KEY.test(key) && isRecord(c) && isShare(c.score) && isConfidence(c.confidence ?? null) && isRecord(c.answer)) {
        checks[key] = { answer: c.answer, score: c.score, confidence: (c.confidence ?? null) as Confidence | null };
      } else {
        problems.push(`A checked answer in quiz "${short(id)}" was not readable, left out.`);
      }
    }
    out.current[id] = { seed: r.seed as number, keys: r.keys as string[], checks };
  }

  const f = data.final;
  if (f !== undefined && f !== null) {
    if (isRecord(f) && isShare(f.best) && isDate(f.at)) {
      // Passed is a fact about the score; a file cannot claim it.
      const passed = passes(f.best, PASS_MARK.final);
      if (f.passed === true && !passed) {
        problems.push('The final-exam result said passed, but its best score is under the pass mark, so it counts as not passed.');
      }
      out.final = { best: f.best, passed, at: f.at };
    } else {
      problems.push('The final-exam result was not readable, left out.');
    }
  }

  if (data.name !== undefined) {
    if (typeof data.name === 'string') {
      const name = cleanName(data.name);
      if (name !== data.name) problems.push('The certificate name was trimmed.');
      out.name = name;
    } else {
      problems.push('The certificate name was not text, left out.');
    }
  }
  if (data.epoch !== undefined) {
    if (typeof data.epoch === 'string' && data.epoch.length <= 60 && /^[\w:.+-]*$/.test(data.epoch)) {
      if (data.epoch) out.epoch = data.epoch;
    } else problems.push('The record’s start-over mark was not readable, left out.');
  }
  return { value: out, problems };
}

/** For the versioned store: valid data passes (minor slips dropped), anything else is corrupt. */
export function validateProgress(data: unknown): Progress | null {
  return sanitizeProgress(data)?.value ?? null;
}

/** One line of plain text, control characters removed, at most NAME_MAX characters. */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, NAME_MAX);
}

function short(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/* ---------- updates (pure: each returns a new Progress) ---------- */

export function markRead(p: Progress, chapter: string, at: string): Progress {
  if (p.read[chapter]) return p;
  return { ...p, read: { ...p.read, [chapter]: at } };
}

/** Records the first check of a question in the attempt in progress. */
export function recordCheck(
  p: Progress,
  quizId: string,
  attempt: { seed: number; keys: string[] },
  key: string,
  check: CheckRecord,
  at: string,
): Progress {
  const cur = p.current[quizId];
  const same = cur && cur.seed === attempt.seed;
  const checks = same ? { ...cur.checks } : {};
  if (checks[key]) return p; // only the first check of an attempt counts
  checks[key] = check;
  return {
    ...p,
    current: { ...p.current, [quizId]: { seed: attempt.seed, keys: attempt.keys, checks } },
    answers: { ...p.answers, [key]: { score: check.score, confidence: check.confidence, at } },
  };
}

/** Closes the attempt in progress with its score and updates best scores. */
export function finishAttempt(p: Progress, quizId: string, score: number, at: string, finalPassMark?: number): Progress {
  const prev = p.quizzes[quizId];
  const rec: QuizRecord = {
    attempts: (prev?.attempts ?? 0) + 1,
    best: Math.max(prev?.best ?? 0, score),
    last: score,
    at,
  };
  let final = p.final;
  if (finalPassMark !== undefined) {
    const passed = passes(score, finalPassMark);
    if (!final || score > final.best) final = { best: score, passed: passed || (final?.passed ?? false), at };
    else if (passed && !final.passed) final = { ...final, passed: true, at };
  }
  return { ...p, quizzes: { ...p.quizzes, [quizId]: rec }, final };
}

/** Starts a fresh attempt (drops the checks of the one in progress). */
export function startAttempt(p: Progress, quizId: string, seed: number, keys: string[]): Progress {
  return { ...p, current: { ...p.current, [quizId]: { seed, keys, checks: {} } } };
}

export function setName(p: Progress, name: string): Progress {
  return { ...p, name: cleanName(name) };
}

/* ---------- codec and merge ---------- */

/** The plain object stored and exported; `sanitizeProgress` reads it back unchanged. */
export function serialiseProgress(p: Progress): Record<string, unknown> {
  const out: Record<string, unknown> = { read: p.read, quizzes: p.quizzes, answers: p.answers, current: p.current, final: p.final, name: p.name };
  if (p.epoch) out.epoch = p.epoch;
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}

/** A fresh start-over mark: later marks sort after earlier ones. */
export function newEpoch(at: string, random: number = Math.random()): string {
  return `${at}+${Math.floor(random * 0xffffffff).toString(36)}`;
}

/** The earlier of two dates; the same instant written two ways gives the same answer from either side. */
const earlierDate = (a: string, b: string) => {
  const t = Date.parse(a) - Date.parse(b);
  return t < 0 ? a : t > 0 ? b : a <= b ? a : b;
};

/** A total order on JSON-able values, so that ties are broken the same way whichever side they come from. */
export function order(a: unknown, b: unknown): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function mergeMap<T>(a: Record<string, T>, b: Record<string, T>, pick: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(a).concat(Object.keys(b)).sort()) {
    const x = a[k];
    const y = b[k];
    out[k] = x === undefined ? y! : y === undefined ? x : pick(x, y);
  }
  return out;
}

function mergeQuiz(x: QuizRecord, y: QuizRecord): QuizRecord {
  const t = Date.parse(x.at) - Date.parse(y.at);
  const latest = t > 0 ? x : t < 0 ? y : order(x, y) >= 0 ? x : y;
  return { attempts: Math.max(x.attempts, y.attempts), best: Math.max(x.best, y.best), last: latest.last, at: latest.at };
}

function mergeAnswer(x: AnswerRecord, y: AnswerRecord): AnswerRecord {
  const t = Date.parse(x.at) - Date.parse(y.at);
  if (t !== 0) return t > 0 ? x : y;
  return order(x, y) >= 0 ? x : y;
}

function mergeCurrent(x: CurrentAttempt, y: CurrentAttempt): CurrentAttempt {
  if (x.seed === y.seed && order(x.keys, y.keys) === 0) {
    // The same attempt seen from two tabs: every first check either made counts once.
    return { seed: x.seed, keys: x.keys, checks: mergeMap(x.checks, y.checks, (c, d) => (order(c, d) >= 0 ? c : d)) };
  }
  const n = Object.keys(x.checks).length - Object.keys(y.checks).length;
  return n > 0 ? x : n < 0 ? y : order(x, y) >= 0 ? x : y;
}

function mergeFinal(x: FinalRecord | null, y: FinalRecord | null): FinalRecord | null {
  if (!x || !y) return x ?? y;
  const best = x.best > y.best ? x : y.best > x.best ? y : { ...x, at: earlierDate(x.at, y.at) };
  return { best: best.best, passed: passes(best.best, PASS_MARK.final), at: best.at };
}

/**
 * The better of each record of two copies of progress: every chapter read
 * (first date), the most attempts and the best score of each quiz (the
 * latest attempt's last score), the latest answer to each question, the
 * fuller attempt in progress, the better final result, a name where one was
 * typed. Commutative, and never lowers a best score. Copies from different
 * epochs are not mixed: the later epoch wins whole.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const ea = a.epoch ?? '';
  const eb = b.epoch ?? '';
  if (ea !== eb) return ea > eb ? a : b;
  const out: Progress = {
    read: mergeMap(a.read, b.read, earlierDate),
    quizzes: mergeMap(a.quizzes, b.quizzes, mergeQuiz),
    answers: mergeMap(a.answers, b.answers, mergeAnswer),
    current: mergeMap(a.current, b.current, mergeCurrent),
    final: mergeFinal(a.final, b.final),
    name: !a.name ? b.name : !b.name ? a.name : a.name >= b.name ? a.name : b.name,
  };
  if (ea) out.epoch = ea;
  return out;
}
