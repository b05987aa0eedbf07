/**
 * Stations: a live widget on the stage, driven by the deck's script and by
 * the presenter view, and never by a clicker key unless the coach has
 * entered its controls (E).
 */
import { test, expect, expectLive, waitForIsland } from './support/fixtures';
import type { Page } from '@playwright/test';

const DECK = '/workshop/one-funnel-two-teams/';

async function slideNumber(page: Page, title: string): Promise<number> {
  await page.goto(`${DECK}guide/`);
  const row = page.locator('table.agenda tbody tr').filter({ hasText: title });
  return Number(await row.locator('td').first().textContent());
}

const caption = (page: Page) => page.locator('[data-slide-content] .caption');

test('the funnel station walks its script with the clicker, and clicker keys never change its numbers', async ({ page }) => {
  const n = await slideNumber(page, "Leafline's month");
  await page.goto(`${DECK}?slide=${n}`);
  const island = await waitForIsland(page, 'funnel');
  await expect(caption(page)).toContainText('Step 1 of 5');
  await expect(island).toHaveAttribute('inert', '');
  const text = async () => (await island.textContent())!.replace(/\s+/g, ' ');
  const start = await text();

  // Keys that are not the deck's, and the blackout keys, leave the widget alone.
  for (const key of ['ArrowUp', 'ArrowDown', 'b', 'b', '.', '.', '1', '-', '+', 'Tab', 'Tab']) await page.keyboard.press(key);
  // A round trip through the page's event loop, then nothing may have moved.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  expect(await text()).toBe(start);
  // A click on the projected widget reaches nothing either.
  await page.mouse.click(600, 400);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  expect(await text()).toBe(start);
  await expect(caption(page)).toContainText('Step 1 of 5');

  // PageDown plays the next scripted state; PageUp goes back to the same numbers.
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toContainText('Step 2 of 5: Double the reach');
  await expect(island).toContainText('40,000');
  await expect(page).toHaveURL(new RegExp(`slide=${n}&part=1`));
  await page.keyboard.press('PageUp');
  await expect(caption(page)).toContainText('Step 1 of 5');
  await expect.poll(text).toBe(start);

  // E opens the controls and gives the widget the keys; Escape gives them back.
  await page.keyboard.press('e');
  await expect(island).not.toHaveAttribute('inert');
  await expect(page.getByRole('status').filter({ hasText: 'Controls on' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(island).toHaveAttribute('inert', '');
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toContainText('Step 2 of 5');
});

test('a change in the presenter moves the projected widget, and a reload keeps it', async ({ page, context }) => {
  const n = await slideNumber(page, "Leafline's month");
  await page.goto(`${DECK}?slide=${n}`);
  const island = await waitForIsland(page, 'funnel');
  const presenter = await context.newPage();
  await presenter.goto(`${DECK}presenter/?slide=${n}`);
  // The presenter shows the projected widget in its preview and the full widget under Controls.
  const controls = presenter.getByRole('region', { name: 'Notes and controls' }).locator('[data-island="funnel"]');
  await expectLive(controls);
  const reach = controls.getByRole('spinbutton', { name: /People reached/ });
  await reach.fill('30000');
  await reach.press('Enter');
  await expect(island).toContainText('30,000');
  await expect(page).toHaveURL(/reach=30000/);
  await presenter.close();
  await page.reload();
  await expect(await waitForIsland(page, 'funnel')).toContainText('30,000');
});

test('on every station of the deck, keys a clicker or a stray hand sends never change the widget', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${DECK}guide/`);
  const rows = await page.locator('table.agenda tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
  );
  const stations = rows.filter((r) => r[3] === 'Live widget').map((r) => Number(r[0]));
  expect(stations.length).toBeGreaterThanOrEqual(5);
  for (const n of stations) {
    await page.goto(`${DECK}?slide=${n}`);
    const island = page.locator('[data-slide-content] [data-island]');
    await expectLive(island);
    await expect(island).toHaveAttribute('inert', '');
    const text = async () => (await island.textContent())!.replace(/\s+/g, ' ');
    const start = await text();
    // The sorting game's own keys (S, M, B, 1–3), sliders' arrows, Tab: none reaches the widget.
    for (const key of ['b', 'b', '.', '.', 's', 'm', '1', '2', '3', 'ArrowUp', 'ArrowDown', 'Tab', 'Shift+Tab', 'x']) {
      await page.keyboard.press(key);
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    expect(await text(), `slide ${n}`).toBe(start);
    await expect(page).toHaveURL(new RegExp(`slide=${n}$`));
  }
});

test('a tool page’s Present link opens the widget as a one-slide stage with the same state', async ({ page }) => {
  await page.goto('/tools/pipeline/?deals=30');
  const present = page.getByRole('link', { name: 'Present' });
  await present.focus();
  await expect(present).toHaveAttribute('href', /\/workshop\/present\/forecast\/\?deals=30$/);
  await present.click();
  await expect(page).toHaveURL(/\/workshop\/present\/forecast\/\?deals=30$/);
  const island = await waitForIsland(page, 'forecast');
  await expect(island).toHaveAttribute('inert', '');
  const fits = await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight);
  expect(fits).toBe(true);
  // E opens the controls; a change there stays in the address bar.
  await page.keyboard.press('e');
  await expect(island).not.toHaveAttribute('inert');
});

test('the presenter previews the next slide’s widget as it will open, and it is the one the room then sees', async ({ page }) => {
  const n = await slideNumber(page, "Leafline's month");
  await page.goto(`${DECK}presenter/?slide=${n - 1}`);
  await expectLive(page.locator('[data-island="presenter"]'));
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  const next = page.getByLabel('Next slide preview').locator('[data-island="funnel"]');
  await expectLive(next);
  // Shown, not worked: the preview takes no keys or clicks.
  await expect(next).toHaveAttribute('inert', '');
  await expect(next).toContainText('New clients a month');
  const preview = norm(await next.textContent());

  // One slide on, the same widget is on the projector (the Now preview) with the same numbers.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText(/^Slide \d+ of \d+$/)).toHaveText(new RegExp(`^Slide ${n} of`));
  const now = page.getByLabel('Current slide preview').locator('[data-island="funnel"]');
  await expectLive(now);
  await expect.poll(async () => norm(await now.textContent())).toBe(preview);
});
