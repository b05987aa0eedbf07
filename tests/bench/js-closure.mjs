/**
 * Gzipped JavaScript a built page loads: its module scripts and islands plus
 * every chunk they import, followed through dist/_astro. Used by the funnel
 * bench; `node tests/bench/js-closure.mjs /tools/funnel/` prints the figure.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export function pageJs(page, dist = 'dist') {
  const file = join(dist, page, page.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file, 'utf8');
  const entries = new Set();
  for (const m of html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g)) entries.add(m[1]);
  for (const m of html.matchAll(/import\(?\s*["'](\/_astro\/[^"']+\.js)["']/g)) entries.add(m[1]);
  const seen = new Map();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.pop();
    if (seen.has(url)) continue;
    const path = join(dist, url);
    if (!existsSync(path)) continue;
    const src = readFileSync(path);
    seen.set(url, gzipSync(src, { level: 9 }).length);
    for (const m of src.toString().matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(posix.join(dirname(url), m[1]));
    }
  }
  let inline = 0;
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) inline += gzipSync(m[1], { level: 9 }).length;
  const external = [...seen.values()].reduce((a, b) => a + b, 0);
  return { files: Object.fromEntries(seen), external, inline, total: external + inline };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const page = process.argv[2] ?? '/tools/funnel/';
  const r = pageJs(page);
  for (const [f, n] of Object.entries(r.files).sort((a, b) => b[1] - a[1])) console.log(`${(n / 1024).toFixed(1).padStart(6)} KB  ${f}`);
  console.log(`external ${(r.external / 1024).toFixed(1)} KB + inline ${(r.inline / 1024).toFixed(1)} KB = ${(r.total / 1024).toFixed(1)} KB gzipped`);
}
