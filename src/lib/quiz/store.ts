/**
 * The one progress store every island on a page shares, and that follows
 * every other open tab. It never loses a learner's progress:
 * - every write re-reads the stored value and merges it first
 *   (`mergeProgress`), so two tabs cannot overwrite each other's answers;
 * - a change made in another tab (the `storage` event) is merged in and
 *   published to the page's widgets;
 * - storage that can be read but not written (full, or blocked by a privacy
 *   setting) gives a read-only mode: saved progress is shown, new answers are
 *   kept in memory, a notice says why, and export still works;
 * - parts of the stored value that are invalid are kept aside in storage, not
 *   dropped, and a notice says so; an unreadable value is not overwritten
 *   until the learner chooses to start fresh (it is kept aside too);
 * - an import or a reset first takes one backup (of progress and of the review
 *   schedule), so it can be undone.
 */
import { NOT_SAVED_MESSAGE, createRecordStore, type WriteStatus } from '../storage/index.ts';
import {
  PROGRESS_KEY,
  PROGRESS_VERSION,
  emptyProgress,
  mergeProgress,
  newEpoch,
  sanitizeProgress,
  type Progress,
} from './progress.ts';
import { backupReview, restoreReviewBackup } from './review-store.ts';

export interface ProgressState {
  progress: Progress;
  /** Plain-text notice, or null when progress is saved normally. */
  notice: string | null;
  /** True when the stored value is unreadable and the learner may clear it to start saving again. */
  canStartFresh: boolean;
  /** Why new answers are not being saved though saved progress is shown, or null when they are. */
  readOnly: 'full' | 'blocked' | null;
  /** Plain-text lines about invalid parts of the stored value, which were kept aside. */
  keptAside: string[];
  /** The backup the last import or reset can be undone to, or null. */
  undo: { at: string; reason: string } | null;
}

type Listener = (s: ProgressState) => void;

const store = createRecordStore<Progress>({
  key: PROGRESS_KEY,
  version: PROGRESS_VERSION,
  sanitize: sanitizeProgress,
  defaults: emptyProgress,
});

export const READ_ONLY_MESSAGES: Record<'full' | 'blocked', string> = {
  full: 'Browser storage is full, so progress is not being saved: new answers last only until you leave the page. Your saved progress is shown and Export still works; free some space in the browser and reload to save again.',
  blocked:
    'This browser lets the guide read its saved progress but not store anything (a privacy setting or a private window), so progress is not being saved: new answers last only until you leave the page. Your saved progress is shown and Export still works.',
};

let state: ProgressState | null = null;
/** Set when the stored value is unreadable: nothing is written until the learner starts fresh. */
let unreadable: string | null = null;
let unavailable = false;
let writes: WriteStatus = 'ok';
const listeners = new Set<Listener>();

function compose(progress: Progress, keptAside: string[]): ProgressState {
  const readOnly = unavailable || unreadable ? null : writes === 'ok' ? null : writes;
  const notice = unavailable
    ? NOT_SAVED_MESSAGE
    : unreadable
      ? `${unreadable} It was kept aside in this browser, not deleted. Progress is not being saved until you start fresh.`
      : readOnly
        ? READ_ONLY_MESSAGES[readOnly]
        : keptAside.length
          ? 'Some saved progress did not pass its checks. Those parts were kept aside in this browser, not deleted, and the rest is shown.'
          : null;
  const b = unavailable ? null : store.readBackup();
  return {
    progress,
    notice,
    canStartFresh: unreadable !== null,
    readOnly,
    keptAside,
    undo: b ? { at: b.at, reason: b.reason } : null,
  };
}

function read(): { progress: Progress; keptAside: string[] } {
  const r = store.load();
  unavailable = r.status === 'unavailable';
  unreadable = r.status === 'corrupt' || r.status === 'old-version' ? (r.message ?? 'Saved progress could not be read.') : null;
  writes = unavailable ? 'blocked' : store.writable();
  return { progress: r.value, keptAside: r.problems };
}

function publish(next: ProgressState) {
  state = next;
  for (const l of listeners) l(next);
}

/** Another tab changed the stored value: merge it in and tell the widgets. */
function follow() {
  if (!state) return;
  const { progress, keptAside } = read();
  publish(compose(unreadable ? state.progress : mergeProgress(progress, state.progress), keptAside));
}

/** The current progress; the first call reads storage and starts following other tabs. */
export function getProgress(): ProgressState {
  if (state) return state;
  const { progress, keptAside } = read();
  state = compose(progress, keptAside);
  store.onExternalChange(follow);
  return state;
}

function save(progress: Progress, keptAside: string[]): ProgressState {
  const r = store.save(progress);
  if (!r.saved) writes = r.status === 'full' ? 'full' : 'blocked';
  publish(compose(progress, keptAside));
  return state!;
}

/** Applies a change on top of the stored value merged with this page's, and saves it when storage allows. */
export function updateProgress(change: (p: Progress) => Progress): ProgressState {
  const cur = getProgress();
  if (unavailable || unreadable || writes !== 'ok') {
    const progress = change(cur.progress);
    if (progress === cur.progress) return cur;
    publish({ ...cur, progress });
    return state!;
  }
  const stored = store.load();
  const base = stored.status === 'ok' || stored.status === 'empty' ? mergeProgress(stored.value, cur.progress) : cur.progress;
  const next = change(base);
  if (next === cur.progress) return cur;
  return save(next, cur.keptAside);
}

/**
 * Replaces all progress (an import that replaces, a reset): backs up what is
 * stored, then saves `progress` under a new epoch so other tabs follow it.
 */
export function replaceProgress(progress: Progress, reason = 'before the last import or reset'): ProgressState {
  getProgress();
  const at = new Date().toISOString();
  store.backup(reason, at);
  backupReview(reason, at);
  unreadable = null;
  return save({ ...progress, epoch: newEpoch(at) }, []);
}

/** Merges imported progress into this browser's (the better of each record), after a backup. */
export function mergeIntoProgress(incoming: Progress, reason = 'before the last import'): ProgressState {
  const cur = getProgress();
  const at = new Date().toISOString();
  store.backup(reason, at);
  backupReview(reason, at);
  // The import joins this browser's epoch, as planImport previews it.
  return updateProgress((p) => mergeProgress(p, { ...incoming, epoch: p.epoch })) ?? cur;
}

/** Goes back to the backup taken before the last import or reset. */
export function undoLastReplace(): ProgressState {
  getProgress();
  const r = store.restoreBackup((v) => ({ ...v, epoch: newEpoch(new Date().toISOString()) }));
  if (!r.saved) return state!;
  restoreReviewBackup();
  const { progress, keptAside } = read();
  publish(compose(progress, keptAside));
  return state!;
}

/** Clears an unreadable stored value (it stays kept aside) and saves what is in memory from now on. */
export function startFresh(): ProgressState {
  return replaceProgress(getProgress().progress, 'before starting fresh');
}

/** Calls `fn` on every change; returns an unsubscribe function. */
export function subscribe(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
