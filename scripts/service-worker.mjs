/**
 * The service worker, generated from the built files by workbox-build: it
 * precaches every page, asset, data file and the search index, and serves
 * navigations from that cache. Run last (scripts/postbuild.mjs), after
 * Pagefind and the CSP step, so it caches the files as shipped.
 */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/** Writes `<dist>/sw.js`; returns how many files it precaches and their bytes. */
export async function buildServiceWorker(dist) {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: ['sw.js', '_headers', '**/*.map'],
    swDest: join(dist, 'sw.js'),
    // One file; no separate workbox runtime to keep in step.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    directoryIndex: 'index.html',
    // Pages are precached without their query; widget state in ?… still
    // opens the page offline, and ?v= on the search dialog matches its file.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // The first visit is controlled at once, so a widget that has not
    // hydrated yet loads from the cache if the network drops.
    clientsClaim: true,
    // A new version waits until the reader chooses to reload (the page's
    // script posts SKIP_WAITING); it never changes under them.
    skipWaiting: false,
    runtimeCaching: [
      {
        // A page that is not in the precache (a mistyped address): the
        // network's answer online, the saved 404 page offline.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/404.html' } },
      },
    ],
  });
  for (const w of warnings) console.warn(`service worker: ${w}`);
  return { count, size };
}
