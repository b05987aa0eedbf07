/**
 * Prints Lighthouse scores (mobile, the default) for a chapter, a tool and a
 * quiz page of the built site, served with its _headers (scripts/serve.mjs)
 * as a static host would. Uses the Chromium named by CHROME_PATH, or Debian's
 * /usr/bin/chromium. A figure to read (goal: 100 in all four categories), not
 * a pass/fail test. Run after `npm run build`.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from '../../scripts/serve.mjs';

const PAGES = [
  ['chapter', '/chapters/defining-the-disciplines/'],
  ['tool', '/tools/funnel/'],
  ['quiz', '/quiz/defining-the-disciplines/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync('dist/index.html')) throw new Error('dist/ not found: run `npm run build` first');
const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const server = await serve('dist');
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  console.log('Lighthouse, mobile (scores out of 100)');
  console.log(['page'.padEnd(40), ...CATEGORIES.map((c) => c.padStart(15))].join(''));
  for (const [kind, path] of PAGES) {
    // A busy machine sometimes spoils the trace (NO_NAVSTART): up to two more tries.
    let lhr;
    for (let attempt = 0; attempt < 3 && (!lhr || lhr.runtimeError); attempt++) {
      const result = await lighthouse(`${server.origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      lhr = result.lhr;
    }
    if (lhr.runtimeError) console.log(`    (Lighthouse could not measure it: ${lhr.runtimeError.code} ${lhr.runtimeError.message})`);
    const scores = CATEGORIES.map((c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100)).padStart(15));
    console.log([`${kind} ${path}`.padEnd(40), ...scores].join(''));
    // What kept a category under 100, so it can be fixed.
    for (const c of CATEGORIES) {
      const cat = lhr.categories[c];
      if (!cat || cat.score === 1) continue;
      for (const ref of cat.auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1) {
          console.log(`    ${c}: ${a.id} (${a.displayValue ?? Math.round(a.score * 100)}) ${a.title}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
