#!/usr/bin/env node
/**
 * Prints the JavaScript each chapter and tool page really fetches by the time
 * every widget on it is live, with no click or key press: a browser opens the
 * page, scrolls down all of it, waits for each Island's `data-hydrated` marker
 * and for the network to go quiet, then sums the gzipped size of every script
 * it fetched. This counts what the static measure (`bench:size`, the budget
 * test) cannot see: parts a widget loads on its own once mounted or once the
 * reader nears them (the funnel's fields, its month-by-month worker). Parts loaded only when the
 * reader acts (Compare, an export, search) are not counted. Goal: 50 KB per
 * chapter. A figure to read, not a pass/fail test. Run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import { measurePages } from './page-weight.mjs';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ not found: run \`npm run build\` first`);
const GOAL = 50 * 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(6);

const pages = measurePages(dist).filter((r) => /^\/(chapters|tools)\/./.test(r.page));
const server = await serve(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
});
try {
  console.log('JS fetched until every widget is live (gzipped KB; static = what the page links, live = all fetched)');
  console.log(`${'page'.padEnd(42)} ${'static'.padStart(6)} ${'live'.padStart(6)}  goal`);
  for (const r of pages) {
    // No service worker: it would fetch every file of the site to precache it.
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const fetched = new Set();
    page.on('request', (req) => {
      const path = new URL(req.url()).pathname;
      if (path.endsWith('.js') && !path.startsWith('/pagefind/')) fetched.add(path);
    });
    await page.goto(server.origin + r.page);
    // Down the whole page a screen at a time: parts below the fold load as the reader nears them.
    for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 900) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(50);
    }
    const islands = page.locator('[data-island]');
    for (let i = 0; i < (await islands.count()); i++) {
      await islands.nth(i).scrollIntoViewIfNeeded();
      await page.waitForFunction((n) => document.querySelectorAll('[data-island]')[n]?.hasAttribute('data-hydrated'), i, {
        timeout: 30_000,
      });
    }
    await page.waitForLoadState('networkidle');
    const live = [...fetched].reduce((sum, f) => sum + (existsSync(dist + f) ? gz(dist + f) : 0), 0);
    const chapter = r.page.startsWith('/chapters/');
    console.log(
      `${r.page.padEnd(42)} ${kb(r.js.gz)} ${kb(live)}  ${chapter ? (live <= GOAL ? 'within 50' : `over 50 by ${((live - GOAL) / 1024).toFixed(1)}`) : ''}`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
