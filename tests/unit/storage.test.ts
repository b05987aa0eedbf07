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
