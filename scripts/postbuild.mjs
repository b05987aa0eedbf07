#!/usr/bin/env node
/**
 * The build steps after `astro build` and Pagefind (`npm run build` runs this
 * last), over the built files in dist/:
 * 1. the Content-Security-Policy: every inline script is hashed; each page
 *    gets a `<meta http-equiv>` with its own hashes and dist/_headers gets the
 *    site-wide policy as a header (with `frame-ancestors`);
 * 2. the site's address: with SITE_URL, robots.txt names the sitemap; without
 *    it, the sitemap lists paths only (no placeholder or localhost address is
 *    shipped) and the build says once how to set the address;
 * 3. the service worker (workbox-build): precaches every page, asset, data
 *    file and the search index, and serves navigations from that cache.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { buildServiceWorker } from './service-worker.mjs';
import { policy, scriptHash } from './csp.mjs';
import { PLACEHOLDER_SITE } from './site-url.mjs';

const DIST = process.argv[2] ?? 'dist';
const HASHES_TOKEN = '__INLINE_SCRIPT_HASHES__';
const EXECUTABLE = new Set(['', 'text/javascript', 'module', 'application/javascript']);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Texts of the inline scripts a browser would run, as the HTML parser reads them. */
export function inlineScripts(html) {
  const out = [];
  const visit = (node) => {
    if (node.type === 'element' && node.tagName === 'script') {
      const type = String(node.properties?.type ?? '').toLowerCase();
      if (node.properties?.src === undefined && EXECUTABLE.has(type))
        out.push((node.children ?? []).map((c) => c.value ?? '').join(''));
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(fromHtml(html));
  return out;
}

function applyPolicy(files) {
  const all = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const hashes = inlineScripts(html).map(scriptHash);
    all.push(...hashes);
    const meta = `<meta http-equiv="content-security-policy" content="${policy(hashes, { meta: true })}">`;
    if (html.includes('http-equiv="content-security-policy"'))
      throw new Error(`${file} already has a policy`);
    const at = html.indexOf('<meta charset="utf-8">');
    if (at < 0) throw new Error(`${file}: no <meta charset="utf-8"> to put the policy after`);
    const end = at + '<meta charset="utf-8">'.length;
    writeFileSync(file, html.slice(0, end) + meta + html.slice(end));
  }
  const headersFile = join(DIST, '_headers');
  const headers = readFileSync(headersFile, 'utf8');
  if (!headers.includes(HASHES_TOKEN))
    throw new Error(`${headersFile} has no ${HASHES_TOKEN} to fill in`);
  const unique = [...new Set(all)].sort();
  const header = policy(unique);
  writeFileSync(
    headersFile,
    headers.replace(
      /script-src [^;\n]*__INLINE_SCRIPT_HASHES__[^\n]*/,
      header.slice(header.indexOf('script-src')),
    ),
  );
  return unique.length;
}

function applySiteUrl() {
  const site = process.env.SITE_URL?.trim();
  const robotsFile = join(DIST, 'robots.txt');
  const robots = readFileSync(robotsFile, 'utf8').trimEnd();
  if (site) {
    const sitemap = new URL('/sitemap-index.xml', site).href;
    writeFileSync(robotsFile, `${robots}\n\nSitemap: ${sitemap}\n`);
    return;
  }
  for (const f of readdirSync(DIST).filter((n) => /^sitemap-.*\.xml$/.test(n))) {
    const p = join(DIST, f);
    writeFileSync(p, readFileSync(p, 'utf8').replaceAll(`<loc>${PLACEHOLDER_SITE}`, '<loc>'));
  }
  const leaks = walk(DIST).filter(
    (f) =>
      /\.(html|xml|txt|json|webmanifest)$/.test(f) &&
      readFileSync(f, 'utf8').includes(PLACEHOLDER_SITE),
  );
  if (leaks.length)
    throw new Error(
      `The placeholder address leaked into ${leaks.map((f) => relative(DIST, f)).join(', ')}`,
    );
  console.log(
    '\nSITE_URL is not set, so this build has no canonical links and its sitemap lists paths only.\n' +
      'To deploy, build with the address it will be served at: SITE_URL=https://example.org npm run build\n',
  );
}

const pages = walk(DIST).filter((f) => f.endsWith('.html'));
if (!existsSync(join(DIST, 'pagefind')))
  throw new Error('Run Pagefind before this step: the search index must be precached.');
const hashCount = applyPolicy(pages);
applySiteUrl();
const sw = await buildServiceWorker(DIST);
console.log(
  `postbuild: policy on ${pages.length} pages (${hashCount} inline script hashes); service worker precaches ${sw.count} files, ${(sw.size / 1024).toFixed(0)} KB.`,
);
