import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMessage, loadProblem } from '../../src/components/ui/load-failure';

afterEach(() => vi.unstubAllGlobals());

describe('loadProblem: after a failed import, ask the network which help to offer', () => {
  const PAGE = 'https://guide.example/tools/funnel/';
  const CHUNK = 'https://guide.example/_astro/FunnelCompare.CorTtP8E.js';
  it.each([
    ['Chromium names the file', `Failed to fetch dynamically imported module: ${CHUNK}`, CHUNK],
    ['Firefox names the file', `error loading dynamically imported module: ${CHUNK}`, CHUNK],
    ['Safari does not', 'Importing a module script failed.', PAGE],
    ['not an Error at all', 'offline', PAGE],
  ])('%s', async (_, message, asked) => {
    const fetch = vi.fn(async () => new Response('', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('location', { href: PAGE });
    await loadProblem(message === 'offline' ? message : new TypeError(message));
    expect(fetch).toHaveBeenCalledWith(asked, { cache: 'no-store' });
  });

  it.each([
    [
      'the file comes back: a reload will load it',
      async () => new Response('', { status: 200 }),
      'reload',
    ],
    [
      'the server answers 404 (a new version replaced the file): a reload',
      async () => new Response('', { status: 404 }),
      'reload',
    ],
    [
      'the network is still down: Retry later',
      async () => Promise.reject(new TypeError('Failed to fetch')),
      'offline',
    ],
  ] as const)('%s', async (_, answer, problem) => {
    vi.stubGlobal('fetch', vi.fn(answer));
    vi.stubGlobal('location', { href: PAGE });
    expect(
      await loadProblem(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`)),
    ).toBe(problem);
  });
});

describe('loadMessage', () => {
  it.each([
    ['Compare', 'offline', 'Compare could not be loaded. Check the connection, then try again.'],
    [
      'Compare',
      'reload',
      'Compare could not be loaded, though the connection works: reload the page to try again.',
    ],
    [
      'the fields',
      'offline',
      'The fields could not be loaded. Check the connection, then try again.',
    ],
  ] as const)('%s, %s', (part, problem, text) => {
    expect(loadMessage(part, problem)).toBe(text);
  });
});
