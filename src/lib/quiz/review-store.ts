/**
 * The review record's one store per page, read and written through
 * createRecordStore like progress, with the same one backup: an import or a
 * reset of progress backs the schedule up too, and Undo brings both back. When storage fails the schedule
 * carries on in memory (progress already shows the notice); an unreadable
 * value is left alone rather than overwritten.
 */
import { createRecordStore } from '../storage/index.ts';
import { REVIEW_KEY, REVIEW_VERSION, emptyReview, seedFromAnswers, validateReview, type ReviewRecord } from './review.ts';

type Listener = (r: ReviewRecord) => void;

const store = createRecordStore<ReviewRecord>({
  key: REVIEW_KEY,
  version: REVIEW_VERSION,
  sanitize: (data) => {
    const value = validateReview(data);
    return value ? { value, problems: [] } : null;
  },
  defaults: emptyReview,
});

let record: ReviewRecord | null = null;
let writable = true;
const listeners = new Set<Listener>();

/**
 * The review record, read once per page. The first time, answers recorded in
 * progress before the schedule existed become cards.
 */
export function getReview(answers: Readonly<Record<string, { score: number; at: string }>> = {}): ReviewRecord {
  if (record) return record;
  const r = store.load();
  writable = r.status === 'ok' || r.status === 'empty';
  record = r.value;
  const seeded = seedFromAnswers(record, answers);
  if (seeded !== record) {
    record = seeded;
    if (writable) store.save(record);
  }
  return record;
}

/** Applies a change, publishes it and saves it when storage allows. */
export function updateReview(change: (r: ReviewRecord) => ReviewRecord): ReviewRecord {
  const cur = getReview();
  const next = change(cur);
  if (next === cur) return cur;
  record = next;
  if (writable) store.save(next);
  for (const l of listeners) l(next);
  return next;
}

/** Calls `fn` on every change; returns an unsubscribe function. */
export function subscribeReview(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Reset: an empty schedule (certainty-based marking keeps its setting). */
export function resetReview(): ReviewRecord {
  return updateReview((r) => ({ ...emptyReview(), cbm: r.cbm }));
}

/** Copies the stored schedule into its one backup slot (with progress's, before an import or reset). */
export function backupReview(reason: string, at: string): void {
  getReview();
  if (writable) store.backup(reason, at);
}

/** Puts the schedule backed up with progress back (Undo), and publishes it. */
export function restoreReviewBackup(): ReviewRecord {
  getReview();
  const b = store.readBackup();
  if (!b || !writable) return getReview();
  store.restoreBackup();
  record = b.value;
  for (const l of listeners) l(b.value);
  return b.value;
}
