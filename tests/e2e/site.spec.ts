/**
 * A sweep over every page in the sitemap: it loads cleanly, axe finds nothing
 * in either theme, and print hides the navigation.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, useTheme, builtSitemapPaths } from './support/fixtures';

const paths = builtSitemapPaths();

/**
 * The page has one main heading a reader or a screen reader meets. A client-only
 * island (the workshop stage) replaces its server fallback, which has its own;
 * the hidden one is out of the accessibility tree and does not count.
 */
async function expectOneTitle(page: Page) {
  const title = page.getByRole('main').getByRole('heading', { level: 1 });
  await expect(title).toHaveCount(1);
  await expect(title).toBeVisible();
}

test('the sitemap lists the home page, the about page and every chapter', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/about/');
  expect(paths.some((p) => p.startsWith('/chapters/'))).toBe(true);
});

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    // axe over a chapter full of widgets takes a while on a busy 2-core machine.
    test.describe.configure({ timeout: 120_000 });
    for (const theme of ['light', 'dark'] as const) {
      test(`loads cleanly and passes axe in the ${theme} theme`, async ({ page }) => {
        await useTheme(page, theme);
        const res = await page.goto(path);
        expect(res?.status()).toBe(200);
        await expectOneTitle(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('prints without navigation', async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.skip-link')).toBeHidden();
      await expectOneTitle(page);
      // Link addresses are written out after the link text.
      // Glossary terms opt out (.no-print-url, as in print.css): they print as plain words.
      // Read the link and its printed address in one step: an island that hydrates
      // meanwhile may replace the element between two separate reads.
      const printed = await page.evaluate(() => {
        // The first link on paper: one inside a hidden fallback is not printed at all.
        const a = [
          ...document.querySelectorAll('main a[href]:not([href^="#"]):not(.no-print-url)'),
        ].find((link) => link.checkVisibility());
        return a
          ? { href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content }
          : null;
      });
      if (printed) expect(printed.after).toContain(printed.href);
    });
  });
}

test('the 404 page is served for a missing address', async ({ page, problems }) => {
  problems.allow(/HTTP 404: .*\/no-such-page\/|status of 404/);
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
});
