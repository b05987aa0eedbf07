/**
 * Size budgets, checked on the built files (exact bytes, so these are tests,
 * not timings). `npm run bench:size` prints the same figures; the numbers are
 * BUDGETS in tests/bench/page-weight.mjs, with the goals they are to come down to.
 *
 * - Every page: HTML and CSS gzipped within their budgets.
 * - A page without islands: 0 bytes of external JS and a small inline script.
 * - A tool, quiz or progress page (one widget): its gzipped JS within the per-island budget.
 * - A chapter or workshop page: each widget island, with everything it imports,
 *   within the per-island budget. Islands hydrate when scrolled into view
 *   (client:visible), so a reader only pays for the widgets they reach.
 *   `npm run bench:live` prints what a chapter really fetches once every widget is live.
 */
import { test, expect } from '@playwright/test';
import { measurePages, isChapterPage, BUDGETS, type PageWeight } from '../bench/page-weight.mjs';

const pages: PageWeight[] = measurePages('dist');

test('there are pages to measure, and text-only pages among them', () => {
  expect(pages.length).toBeGreaterThan(2);
  expect(pages.some((p) => p.islands === 0)).toBe(true);
});

for (const p of pages) {
  test(`budget: ${p.page}`, () => {
    expect(p.html.gz, 'HTML gzipped').toBeLessThanOrEqual(BUDGETS.htmlGz);
    expect(p.css.gz, 'CSS gzipped').toBeLessThanOrEqual(BUDGETS.cssGz);
    if (p.islands === 0) {
      expect(p.js.raw, `a text page loads no external JS (${p.js.files.join(', ')})`).toBe(
        BUDGETS.textPageExternalJs,
      );
      expect(p.inlineScript, 'inline script bytes on a text page').toBeLessThanOrEqual(
        BUDGETS.textPageInlineScript,
      );
    } else if (isChapterPage(p.page)) {
      for (const island of p.islandsJs) {
        expect(island.gz, `JS gzipped for the ${island.name} island`).toBeLessThanOrEqual(BUDGETS.jsGz);
      }
    } else {
      expect(p.js.gz, `JS gzipped (${p.js.files.join(', ')})`).toBeLessThanOrEqual(BUDGETS.jsGz);
    }
  });
}
