/**
 * A sweep over every page in the sitemap: it loads cleanly, axe finds nothing
 * in either theme, and print hides the navigation.
 */
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  axeViolations,
  useTheme,
  builtSitemapPaths,
  AXE_COLOUR_RULES,
} from './support/fixtures';

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

// No fades mid-check: a toolbar fading out after 2.5 s idle (the workshop stage)
// reads as low contrast to axe while it is half transparent.
test.use({ reducedMotion: 'reduce' });

for (const path of paths) {
  // axe in the light theme, its colour rules again in the dark theme (nothing else
  // changes with the colours), then the print view. The dark theme gets a load of its
  // own: switching the system theme on a loaded page sometimes leaves the header's text
  // in the old colours in Chromium 150 (getComputedStyle says so too, and a later restyle
  // does not mend it), which axe then reports as low contrast.
  test(`page ${path}: loads cleanly, axe finds nothing in either theme, prints without navigation`, async ({
    page,
  }) => {
    // axe over a chapter full of widgets takes a while on a busy 2-core machine.
    test.setTimeout(120_000);
    await useTheme(page, 'light');
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expectOneTitle(page);
    await test.step('axe, light theme', async () => {
      expect(await axeViolations(page)).toEqual([]);
    });
    await test.step('axe colour rules, dark theme', async () => {
      await useTheme(page, 'dark');
      await page.reload();
      await expectOneTitle(page);
      expect(await axeViolations(page, undefined, AXE_COLOUR_RULES)).toEqual([]);
    });

    await test.step('print', async () => {
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
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
