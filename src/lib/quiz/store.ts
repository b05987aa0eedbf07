/**
 * The one progress store every island on a page shares. Reads and writes go
 * through createVersionedStore; a store that cannot be read or written turns
 * into a notice ("progress is not being saved") and the widgets carry on in
 * memory. A corrupt or old-version value is not overwritten until the learner
 * chooses to start fresh, so nothing is lost silently.
 */
import { createVersionedStore, type StoreStatus } from '../storage/index.ts';
import { PROGRESS_KEY, PROGRESS_VERSION, emptyProgress, validateProgress, type Progress } from './progress.ts';

export interface ProgressState {
  progress: Progress;
  /** Plain-text notice, or null when progress is saved normally. */
  notice: string | null;
  /** True when the stored value is unreadable and the learner may clear it to start saving again. */
  canStartFresh: boolean;
}

type Listener = (s: ProgressState) => void;

const store = createVersionedStore<Progress>({
  key: PROGRESS_KEY,
  version: PROGRESS_VERSION,
  validate: validateProgress,
  defaults: emptyProgress,
});

let state: ProgressState | null = null;
let blocked: StoreStatus | null = null;
const listeners = new Set<Listener>();

function noticeFor(status: StoreStatus, message: string | undefined): string | null {
  if (status === 'ok' || status === 'empty') return null;
  if (status === 'corrupt' || status === 'old-version') {
    return `${message ?? 'Saved progress could not be read.'} Progress is not being saved until you start fresh.`;
  }
  return message ?? 'Progress is not being saved.';
}

/** The current progress, read from storage once per page. */
export function getProgress(): ProgressState {
  if (state) return state;
  const r = store.load();
  if (r.status === 'corrupt' || r.status === 'old-version') blocked = r.status;
  state = {
    progress: r.value,
    notice: noticeFor(r.status, r.message),
    canStartFresh: blocked !== null,
  };
  return state;
}

function publish(next: ProgressState) {
  state = next;
  for (const l of listeners) l(next);
}

/** Applies a change, keeps it in memory and saves it when storage allows. */
export function updateProgress(change: (p: Progress) => Progress): ProgressState {
  const cur = getProgress();
  const progress = change(cur.progress);
  if (progress === cur.progress) return cur;
  if (blocked) {
    publish({ ...cur, progress });
    return state!;
  }
  const r = store.save(progress);
  publish({ progress, notice: r.saved ? null : noticeFor(r.status, r.message), canStartFresh: false });
  return state!;
}

/** Replaces all progress (import, reset) and saves it. */
export function replaceProgress(progress: Progress): ProgressState {
  blocked = null;
  const r = store.save(progress);
  publish({ progress, notice: r.saved ? null : noticeFor(r.status, r.message), canStartFresh: false });
  return state!;
}

/** Clears an unreadable stored value and saves what is in memory from now on. */
export function startFresh(): ProgressState {
  return replaceProgress(getProgress().progress);
}

/** Calls `fn` on every change; returns an unsubscribe function. */
export function subscribe(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
