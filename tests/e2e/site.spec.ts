/**
 * A sweep over every page in the sitemap: it loads cleanly, axe finds nothing
 * in either theme, and print hides the navigation.
 */
import { test, expect, axeViolations, useTheme, builtSitemapPaths } from './support/fixtures';

const paths = builtSitemapPaths();

test('the sitemap lists the home page, the about page and every chapter', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/about/');
  expect(paths.some((p) => p.startsWith('/chapters/'))).toBe(true);
});

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    for (const theme of ['light', 'dark'] as const) {
      test(`loads cleanly and passes axe in the ${theme} theme`, async ({ page, problems }) => {
        await useTheme(page, theme);
        const res = await page.goto(path);
        expect(res?.status()).toBe(200);
        await expect(page.locator('main h1')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        void problems;
      });
    }

    test('prints without navigation', async ({ page, problems }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.skip-link')).toBeHidden();
      await expect(page.locator('main h1')).toBeVisible();
      // Link addresses are written out after the link text.
      const link = page.locator('main a[href]:not([href^="#"]):not(.no-print-url)').first();
      if (await link.count()) {
        const href = (await link.getAttribute('href'))!;
        const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
        expect(after).toContain(href);
      }
      void problems;
    });
  });
}

test('the 404 page is served for a missing address', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
});
