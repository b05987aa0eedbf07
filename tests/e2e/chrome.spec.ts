/** The page chrome by keyboard: skip link, chapter menu, table of contents, theme toggle. */
import { test, expect, useTheme } from './support/fixtures';

const CHAPTER = '/chapters/defining-the-disciplines/';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('the chapter menu opens, navigates and closes with the keyboard', async ({ page }) => {
  await page.goto('/');
  const summary = page.locator('.site-header summary', { hasText: 'Chapters' });
  await summary.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('navigation', { name: 'Main' });
  const first = menu.getByRole('link', { name: /Defining the disciplines/ });
  await expect(first).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(first).toBeHidden();
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${CHAPTER}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Defining the disciplines');
});

test('the table of contents opens on a narrow screen and jumps to a section', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(CHAPTER);
  const toc = page.locator('details.toc');
  const summary = toc.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(toc).toHaveAttribute('open', '');
  const link = toc.getByRole('link', { name: 'What sales is' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#what-sales-is$/);
  await expect(page.locator('#what-sales-is')).toBeInViewport();
});

test('the table of contents stays beside the text on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(CHAPTER);
  const link = page.locator('.toc').getByRole('link', { name: 'Key takeaways' });
  await expect(link).toBeVisible();
  const tocBox = await page.locator('.toc').boundingBox();
  const proseBox = await page.locator('.prose').boundingBox();
  expect(tocBox!.x).toBeGreaterThan(proseBox!.x + proseBox!.width - 1);
  await page.mouse.wheel(0, 2500);
  await expect(link).toBeInViewport();
});

test('a contents link lands on its section, past widgets that change height as they wake', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/chapters/from-awareness-to-purchase/');
  await page
    .locator('.toc')
    .getByRole('link', { name: /Play with Leafline/ })
    .click();
  // Chapter 4's six steps lie between; woken on the way they would fold into tabs 5,600 px shorter.
  // The page comes to rest (the same scroll position half a second apart), on the heading.
  let last = -1;
  await expect
    .poll(
      async () => {
        const y = await page.evaluate(() => Math.round(window.scrollY));
        const still = y === last;
        last = y;
        return still;
      },
      { intervals: [500], timeout: 10_000 },
    )
    .toBe(true);
  const top = await page
    .locator('#play-with-leaflines-funnel')
    .evaluate((h) => h.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);
});

test('the theme toggle switches, persists across pages and loads without a flash', async ({
  page,
}) => {
  await useTheme(page, 'light');
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  // Next page: the theme is applied before first paint, by the inline head script.
  await page.goto(CHAPTER, { waitUntil: 'commit' });
  await page.waitForSelector('body');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  ).toBe(bg);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the system dark preference applies by default', async ({ page }) => {
  await useTheme(page, 'dark');
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(21, 22, 26)');
});

for (const width of [320, 375, 768, 1280, 1920]) {
  test(`no horizontal scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', CHAPTER, '/about/']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
  });
}

test('body text is at least 18 px on a desktop and lines stay near 75 characters', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(CHAPTER);
  const p = page.locator('.prose > p').first();
  const size = await p.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
  const chars = await p.evaluate((el) => {
    const cs = getComputedStyle(el);
    const c = document.createElement('canvas').getContext('2d')!;
    c.font = `${cs.fontSize} ${cs.fontFamily}`;
    const avg = c.measureText('the quick brown fox jumps over a lazy dog').width / 41;
    return el.getBoundingClientRect().width / avg;
  });
  expect(chars).toBeLessThanOrEqual(80);
});
