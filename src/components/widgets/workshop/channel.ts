/**
 * One machine, two windows, no server: a BroadcastChannel, or where there is
 * none, a storage event (a write to localStorage reaches every other window
 * of the site). Messages are passed raw to `onmessage`; the session parses them.
 */
export interface Channel {
  post(message: unknown): void;
  close(): void;
}

export function openChannel(name: string, onmessage: (raw: unknown) => void): Channel {
  if (typeof BroadcastChannel === 'function') {
    const bc = new BroadcastChannel(name);
    bc.onmessage = (e) => onmessage(e.data);
    return { post: (m) => bc.postMessage(m), close: () => bc.close() };
  }
  const key = `${name}:message`;
  const listener = (e: StorageEvent) => {
    if (e.key === key && e.newValue) onmessage(e.newValue);
  };
  window.addEventListener('storage', listener);
  return {
    post(m) {
      try {
        localStorage.setItem(key, JSON.stringify(m));
      } catch {
        // A full or blocked store: this window goes on alone.
      }
    },
    close: () => window.removeEventListener('storage', listener),
  };
}

/** Reads a JSON value from localStorage; null when absent, blocked or broken. */
export function readStored(key: string): unknown {
  try {
    const s = localStorage.getItem(key);
    return s ? JSON.parse(s) : null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not saved; the session still runs in memory.
  }
}
