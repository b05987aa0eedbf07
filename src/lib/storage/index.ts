/**
 * Versioned, validated localStorage. A corrupt, old-version, full or
 * unavailable store never throws: callers get defaults and a status they can
 * turn into a small "progress is not being saved" notice.
 */

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StoreStatus = 'ok' | 'empty' | 'unavailable' | 'corrupt' | 'old-version' | 'full';

export interface LoadResult<T> {
  value: T;
  status: StoreStatus;
  /** Plain-text explanation when status is not ok/empty. */
  message?: string;
}

export interface SaveResult {
  saved: boolean;
  status: StoreStatus;
  message?: string;
}

export interface VersionedStoreOptions<T> {
  key: string;
  version: number;
  /** Returns the data when it is valid, or null. Must not throw. */
  validate: (data: unknown) => T | null;
  defaults: () => T;
  /** Turns data of an older version into the current shape, or null when it cannot. */
  migrate?: (data: unknown, fromVersion: number) => T | null;
  /** Where to store; defaults to window.localStorage when it can be reached. */
  backend?: () => KeyValueStore | null;
}

export interface VersionedStore<T> {
  load(): LoadResult<T>;
  save(value: T): SaveResult;
  clear(): SaveResult;
  key: string;
  version: number;
}

export const NOT_SAVED_MESSAGE =
  'Your browser is not letting this site store anything, so progress is not being saved.';

/** window.localStorage, or null where reading it throws (privacy modes, sandboxed frames). */
export function browserStorage(): KeyValueStore | null {
  try {
    const g = globalThis as { localStorage?: KeyValueStore };
    const s = g.localStorage;
    if (!s) return null;
    const probe = '__sxm_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { name?: string; code?: number };
  return (
    err.name === 'QuotaExceededError' ||
    err.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    err.code === 22 ||
    err.code === 1014
  );
}

export function createVersionedStore<T>(options: VersionedStoreOptions<T>): VersionedStore<T> {
  const { key, version, validate, defaults, migrate } = options;
  const getBackend = options.backend ?? browserStorage;

  function backend(): KeyValueStore | null {
    try {
      return getBackend();
    } catch {
      return null;
    }
  }

  function load(): LoadResult<T> {
    const store = backend();
    if (!store) return { value: defaults(), status: 'unavailable', message: NOT_SAVED_MESSAGE };
    let raw: string | null;
    try {
      raw = store.getItem(key);
    } catch {
      return { value: defaults(), status: 'unavailable', message: NOT_SAVED_MESSAGE };
    }
    if (raw === null) return { value: defaults(), status: 'empty' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return {
        value: defaults(),
        status: 'corrupt',
        message: 'Saved progress could not be read, so it starts fresh.',
      };
    }
    const envelope = parsed as { v?: unknown; data?: unknown } | null;
    if (typeof envelope !== 'object' || envelope === null || typeof envelope.v !== 'number') {
      return {
        value: defaults(),
        status: 'corrupt',
        message: 'Saved progress was not in a form this site knows, so it starts fresh.',
      };
    }
    if (envelope.v !== version) {
      const migrated = envelope.v < version && migrate ? safe(() => migrate(envelope.data, envelope.v as number)) : null;
      if (migrated !== null && migrated !== undefined) return { value: migrated, status: 'ok' };
      return {
        value: defaults(),
        status: 'old-version',
        message: 'Saved progress came from another version of the guide, so it starts fresh.',
      };
    }
    const valid = safe(() => validate(envelope.data));
    if (valid === null || valid === undefined) {
      return {
        value: defaults(),
        status: 'corrupt',
        message: 'Saved progress did not pass its checks, so it starts fresh.',
      };
    }
    return { value: valid, status: 'ok' };
  }

  function save(value: T): SaveResult {
    const store = backend();
    if (!store) return { saved: false, status: 'unavailable', message: NOT_SAVED_MESSAGE };
    try {
      store.setItem(key, JSON.stringify({ v: version, data: value }));
      return { saved: true, status: 'ok' };
    } catch (e) {
      if (isQuotaError(e)) {
        return {
          saved: false,
          status: 'full',
          message: 'Browser storage is full, so progress is not being saved.',
        };
      }
      return { saved: false, status: 'unavailable', message: NOT_SAVED_MESSAGE };
    }
  }

  function clear(): SaveResult {
    const store = backend();
    if (!store) return { saved: false, status: 'unavailable', message: NOT_SAVED_MESSAGE };
    try {
      store.removeItem(key);
      return { saved: true, status: 'ok' };
    } catch {
      return { saved: false, status: 'unavailable', message: NOT_SAVED_MESSAGE };
    }
  }

  return { load, save, clear, key, version };
}

function safe<R>(fn: () => R): R | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** A Map-backed store for tests and for pages where localStorage is missing. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStore {
  const m = new Map(Object.entries(initial));
  return {
    getItem: (k) => (m.has(k) ? (m.get(k) as string) : null),
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}

/* ---------- read-only stores, backups, other tabs, parts kept aside ---------- */

/** Whether a store takes writes: `full` (quota) and `blocked` (denied) both leave it read-only. */
export type WriteStatus = 'ok' | 'full' | 'blocked';

/** Tries a one-byte write and says whether the store takes writes, and if not why. */
export function probeWrite(store: KeyValueStore | null): WriteStatus {
  if (!store) return 'blocked';
  const probe = '__sxm_probe__';
  try {
    store.setItem(probe, '1');
    store.removeItem(probe);
    return 'ok';
  } catch (e) {
    return isQuotaError(e) ? 'full' : 'blocked';
  }
}

/** window.localStorage when it can at least be read (it may refuse writes), or null. */
export function readableBrowserStorage(): KeyValueStore | null {
  try {
    const s = (globalThis as { localStorage?: KeyValueStore }).localStorage;
    if (!s) return null;
    s.getItem('__sxm_probe__');
    return s;
  } catch {
    return null;
  }
}

export interface Backup<T> {
  /** ISO date-time the backup was taken. */
  at: string;
  /** Why: shown to the learner ("before the import"). */
  reason: string;
  value: T;
}

export interface RecordStoreOptions<T> extends Omit<VersionedStoreOptions<T>, 'validate'> {
  /**
   * Keeps every valid part of the data and lists the rest in plain text, or
   * returns null when nothing is usable. Must not throw.
   */
  sanitize: (data: unknown) => { value: T; problems: string[] } | null;
}

export interface RecordLoad<T> extends LoadResult<T> {
  /** Plain-text lines for parts of the stored value that were invalid; the raw value was kept aside. */
  problems: string[];
  /** The raw stored text, for a caller that must compare or keep it. */
  raw: string | null;
}

/**
 * A versioned store for a learner's record that never loses it: writes can
 * tell full from blocked storage, invalid parts are kept aside under
 * `<key>:aside` rather than dropped, one backup (`<key>:backup`) makes the
 * last replace undoable, and changes made in other tabs are reported.
 */
export interface RecordStore<T> {
  key: string;
  load(): RecordLoad<T>;
  save(value: T): SaveResult;
  /** Whether writes are accepted right now. */
  writable(): WriteStatus;
  /** Copies the stored value into the one backup slot (replacing the previous backup). */
  backup(reason: string, at: string): boolean;
  readBackup(): Backup<T> | null;
  /** Puts the backup back as the stored value (through `transform`, if given) and empties the slot. */
  restoreBackup(transform?: (value: T) => T): SaveResult;
  /** The raw text kept aside because parts of it were invalid, or null. */
  aside(): string | null;
  /** Calls `fn` when another tab changes the stored value; returns the unsubscribe. */
  onExternalChange(fn: () => void): () => void;
}

export function createRecordStore<T>(options: RecordStoreOptions<T>): RecordStore<T> {
  const { key, version, sanitize, defaults, migrate } = options;
  const getBackend = options.backend ?? readableBrowserStorage;
  const backend = (): KeyValueStore | null => safe(getBackend);
  let lastProblems: string[] = [];
  const inner = createVersionedStore<T>({
    key,
    version,
    defaults,
    backend,
    ...(migrate ? { migrate } : {}),
    validate: (data) => {
      const s = sanitize(data);
      lastProblems = s?.problems ?? [];
      return s?.value ?? null;
    },
  });
  const ASIDE = `${key}:aside`;
  const BACKUP = `${key}:backup`;
  const read = (k: string): string | null => {
    const b = backend();
    return b ? safe(() => b.getItem(k)) : null;
  };
  const write = (k: string, v: string): boolean => {
    const b = backend();
    if (!b) return false;
    try {
      b.setItem(k, v);
      return true;
    } catch {
      return false;
    }
  };

  function load(): RecordLoad<T> {
    lastProblems = [];
    const raw = read(key);
    const r = inner.load();
    const problems = r.status === 'ok' ? lastProblems : [];
    // Keep the invalid parts: the whole raw value goes aside once, before any write trims it.
    if ((problems.length || r.status === 'corrupt' || r.status === 'old-version') && raw !== null && read(ASIDE) !== raw) {
      write(ASIDE, raw);
    }
    return { ...r, problems, raw };
  }

  function backup(reason: string, at: string): boolean {
    const raw = read(key);
    if (raw === null) return false;
    return write(BACKUP, JSON.stringify({ at, reason, raw }));
  }

  function readBackup(): Backup<T> | null {
    const text = read(BACKUP);
    if (!text) return null;
    const b = safe(() => JSON.parse(text) as { at?: unknown; reason?: unknown; raw?: unknown });
    if (!b || typeof b.raw !== 'string' || typeof b.at !== 'string' || typeof b.reason !== 'string') return null;
    const env = safe(() => JSON.parse(b.raw as string) as { v?: unknown; data?: unknown });
    if (!env || env.v !== version) return null;
    const s = safe(() => sanitize(env.data));
    return s ? { at: b.at, reason: b.reason, value: s.value } : null;
  }

  function restoreBackup(transform?: (value: T) => T): SaveResult {
    const b = readBackup();
    if (!b) return { saved: false, status: 'empty', message: 'There is no backup to go back to.' };
    const r = inner.save(transform ? transform(b.value) : b.value);
    if (r.saved) safe(() => backend()?.removeItem(BACKUP));
    return r;
  }

  function onExternalChange(fn: () => void): () => void {
    const g = globalThis as { addEventListener?: (t: string, f: (e: { key: string | null }) => void) => void; removeEventListener?: (t: string, f: (e: { key: string | null }) => void) => void };
    if (!g.addEventListener) return () => {};
    // The storage event fires in every other tab of this origin, never in the writer.
    const listener = (e: { key: string | null }) => {
      if (e.key === key || e.key === null) fn();
    };
    g.addEventListener('storage', listener);
    return () => g.removeEventListener?.('storage', listener);
  }

  return {
    key,
    load,
    save: inner.save,
    writable: () => probeWrite(backend()),
    backup,
    readBackup,
    restoreBackup,
    aside: () => read(ASIDE),
    onExternalChange,
  };
}
