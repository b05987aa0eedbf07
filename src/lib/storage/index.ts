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
