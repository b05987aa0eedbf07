/**
 * Stations: a live widget on the stage, driven by the deck's script and by
 * the presenter view, and never by a clicker key unless the coach has
 * entered its controls (E).
 */
import { test, expect, waitForIsland } from './support/fixtures';
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
  const start = await island.innerText();

  // Keys that are not the deck's, and the blackout keys, leave the widget alone.
  for (const key of ['ArrowUp', 'ArrowDown', 'b', 'b', '.', '.', '1', '-', '+', 'Tab', 'Tab']) await page.keyboard.press(key);
  await expect(island).toHaveText(start);
  // A click on the projected widget reaches nothing either.
  await island.click({ position: { x: 200, y: 200 }, force: true }).catch(() => {});
  await expect(island).toHaveText(start);

  // PageDown plays the next scripted state; PageUp goes back to the same numbers.
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toContainText('Step 2 of 5: Double the reach');
  await expect(island).toContainText('40,000');
  await expect(page).toHaveURL(new RegExp(`slide=${n}&part=1`));
  await page.keyboard.press('PageUp');
  await expect(caption(page)).toContainText('Step 1 of 5');
  await expect(island).toHaveText(start);

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
  const controls = await waitForIsland(presenter, 'funnel');
  const reach = controls.getByRole('spinbutton', { name: /People reached/ });
  await reach.fill('30000');
  await reach.press('Enter');
  await expect(island).toContainText('30,000');
  await expect(page).toHaveURL(/reach=30000/);
  await presenter.close();
  await page.reload();
  await expect(await waitForIsland(page, 'funnel')).toContainText('30,000');
});
