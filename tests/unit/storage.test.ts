import { describe, expect, it } from 'vitest';
import { createVersionedStore, memoryStorage, type KeyValueStore } from '~/lib/storage/index';

interface Data {
  count: number;
}
const validate = (d: unknown): Data | null =>
  typeof d === 'object' && d !== null && typeof (d as Data).count === 'number' ? (d as Data) : null;

function store(backend: () => KeyValueStore | null, migrate?: (d: unknown, v: number) => Data | null) {
  return createVersionedStore<Data>({
    key: 'k',
    version: 2,
    validate,
    defaults: () => ({ count: 0 }),
    backend,
    ...(migrate ? { migrate } : {}),
  });
}

describe('createVersionedStore', () => {
  it('saves and loads a value', () => {
    const mem = memoryStorage();
    const s = store(() => mem);
    expect(s.load()).toEqual({ value: { count: 0 }, status: 'empty' });
    expect(s.save({ count: 3 })).toEqual({ saved: true, status: 'ok' });
    expect(s.load()).toEqual({ value: { count: 3 }, status: 'ok' });
    expect(mem.getItem('k')).toBe('{"v":2,"data":{"count":3}}');
    s.clear();
    expect(s.load().status).toBe('empty');
  });

  it.each([
    ['not json', '{oops', 'corrupt'],
    ['no envelope', '[1,2]', 'corrupt'],
    ['null', 'null', 'corrupt'],
    ['invalid data', '{"v":2,"data":{"count":"x"}}', 'corrupt'],
    ['old version', '{"v":1,"data":{"count":1}}', 'old-version'],
    ['future version', '{"v":9,"data":{"count":1}}', 'old-version'],
  ])('%s gives defaults and a message', (_name, raw, status) => {
    const s = store(() => memoryStorage({ k: raw }));
    const r = s.load();
    expect(r.value).toEqual({ count: 0 });
    expect(r.status).toBe(status);
    expect(r.message).toBeTruthy();
  });

  it('migrates an older version when it can', () => {
    const s = store(
      () => memoryStorage({ k: '{"v":1,"data":{"n":4}}' }),
      (d) => ({ count: (d as { n: number }).n }),
    );
    expect(s.load()).toEqual({ value: { count: 4 }, status: 'ok' });
  });

  it('reports a full store without throwing', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(store(() => full).save({ count: 1 })).toMatchObject({ saved: false, status: 'full' });
  });

  it('reports storage whose every access throws', () => {
    const hostile: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const s = store(() => hostile);
    expect(s.load()).toMatchObject({ value: { count: 0 }, status: 'unavailable' });
    expect(s.save({ count: 1 })).toMatchObject({ saved: false, status: 'unavailable' });
    expect(s.clear()).toMatchObject({ saved: false, status: 'unavailable' });
  });

  it('reports a missing storage and a backend getter that throws', () => {
    expect(store(() => null).load().status).toBe('unavailable');
    expect(
      store(() => {
        throw new Error('denied');
      }).load().status,
    ).toBe('unavailable');
  });

  it('treats a validator that throws as corrupt data', () => {
    const s = createVersionedStore<Data>({
      key: 'k',
      version: 1,
      validate: () => {
        throw new Error('bad');
      },
      defaults: () => ({ count: 0 }),
      backend: () => memoryStorage({ k: '{"v":1,"data":{}}' }),
    });
    expect(s.load().status).toBe('corrupt');
  });
});

import { createRecordStore, probeWrite } from '~/lib/storage/index';

describe('createRecordStore', () => {
  const sanitize = (d: unknown) => {
    if (typeof d !== 'object' || d === null) return null;
    const o = d as Record<string, unknown>;
    const problems = Object.keys(o).filter((k) => k !== 'count').map((k) => `"${k}" left out`);
    return { value: { count: typeof o.count === 'number' ? o.count : 0 }, problems };
  };
  const make = (mem: KeyValueStore) => createRecordStore<Data>({ key: 'k', version: 1, sanitize, defaults: () => ({ count: 0 }), backend: () => mem });

  it('keeps a partly invalid value aside, whole, and reports what was left out', () => {
    const raw = '{"v":1,"data":{"count":2,"junk":1}}';
    const mem = memoryStorage({ k: raw });
    const r = make(mem).load();
    expect(r.value).toEqual({ count: 2 });
    expect(r.problems).toEqual(['"junk" left out']);
    expect(mem.getItem('k:aside')).toBe(raw);
    expect(mem.getItem('k')).toBe(raw);
  });

  it('keeps an unreadable value aside too', () => {
    const mem = memoryStorage({ k: '{oops' });
    expect(make(mem).load().status).toBe('corrupt');
    expect(mem.getItem('k:aside')).toBe('{oops');
  });

  it('takes one backup and puts it back, once', () => {
    const mem = memoryStorage();
    const s = make(mem);
    s.save({ count: 5 });
    expect(s.backup('before the import', '2026-12-01T10:00:00.000Z')).toBe(true);
    s.save({ count: 0 });
    expect(s.readBackup()).toEqual({ at: '2026-12-01T10:00:00.000Z', reason: 'before the import', value: { count: 5 } });
    expect(s.restoreBackup((v) => ({ count: v.count + 1 }))).toMatchObject({ saved: true });
    expect(s.load().value).toEqual({ count: 6 });
    expect(s.readBackup()).toBeNull();
    expect(s.restoreBackup().saved).toBe(false);
  });

  it.each([
    ['full', Object.assign(new Error('quota'), { name: 'QuotaExceededError' }), 'full'],
    ['blocked', new Error('SecurityError'), 'blocked'],
  ])('tells a %s store from one that takes writes, and still reads it', (_n, error, status) => {
    const readOnly: KeyValueStore = {
      getItem: (k) => (k === 'k' ? '{"v":1,"data":{"count":3}}' : null),
      setItem: () => {
        throw error;
      },
      removeItem: () => undefined,
    };
    const s = make(readOnly);
    expect(s.writable()).toBe(status);
    expect(s.load()).toMatchObject({ status: 'ok', value: { count: 3 } });
    expect(probeWrite(memoryStorage())).toBe('ok');
    expect(probeWrite(null)).toBe('blocked');
  });

  it('reports changes from other tabs (storage events for its key only)', () => {
    const target = new EventTarget();
    const g = globalThis as unknown as { addEventListener?: unknown; removeEventListener?: unknown };
    const saved = [g.addEventListener, g.removeEventListener];
    g.addEventListener = target.addEventListener.bind(target);
    g.removeEventListener = target.removeEventListener.bind(target);
    try {
      const seen: string[] = [];
      const stop = make(memoryStorage()).onExternalChange(() => seen.push('change'));
      const fire = (key: string | null) => target.dispatchEvent(Object.assign(new Event('storage'), { key }));
      fire('k');
      fire('other');
      fire(null);
      stop();
      fire('k');
      expect(seen).toEqual(['change', 'change']);
    } finally {
      [g.addEventListener, g.removeEventListener] = saved;
    }
  });
});
