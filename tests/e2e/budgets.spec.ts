/**
 * Size budgets, checked on the built files (exact bytes, so these are tests,
 * not timings). `npm run bench:size` prints the same figures.
 */
import { test, expect } from '@playwright/test';
import { measurePages, BUDGETS } from '../bench/page-weight.mjs';

interface Weight {
  page: string;
  html: { gz: number };
  css: { gz: number };
  js: { gz: number; raw: number; files: string[] };
  inlineScript: number;
  islands: number;
}

const pages: Weight[] = measurePages('dist');

test('there are pages to measure, and at least one is text only', () => {
  expect(pages.length).toBeGreaterThan(2);
  expect(pages.some((p) => p.islands === 0)).toBe(true);
});

for (const p of pages) {
  test(`budget: ${p.page}`, () => {
    expect(p.html.gz, 'HTML gzipped').toBeLessThanOrEqual(BUDGETS.htmlGz);
    expect(p.css.gz, 'CSS gzipped').toBeLessThanOrEqual(BUDGETS.cssGz);
    expect(p.js.gz, `JS gzipped (${p.js.files.join(', ')})`).toBeLessThanOrEqual(BUDGETS.jsGz);
    if (p.islands === 0) {
      expect(p.js.raw, `a text page loads no external JS (${p.js.files.join(', ')})`).toBe(
        BUDGETS.textPageExternalJs,
      );
      expect(p.inlineScript, 'inline script bytes on a text page').toBeLessThanOrEqual(
        BUDGETS.textPageInlineScript,
      );
    }
  });
}
