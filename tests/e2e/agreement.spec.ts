/**
 * The service-level agreement builder: Leafline's agreement before JavaScript,
 * inputs → numbers worked backwards → the one-page agreement, the URL, print.
 */
import type { Locator } from '@playwright/test';
import { test, expect, axeViolations, waitForIsland } from './support/fixtures';

/** The number shown under one of the headline terms. */
const figure = (island: Locator, term: string): Locator =>
  island
    .locator('.headline > div')
    .filter({ has: island.page().getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition');

const TOOL = '/tools/agreement/';

test.describe('agreement builder', () => {
  test('opens with Leafline’s agreement, worked backwards from the goal', async ({ page }) => {
    await page.goto(TOOL);
    const island = await waitForIsland(page, 'agreement');
    // $60,000 ÷ $2,400 = 25 clients; 25 ÷ 35 % = 71.4 → 72 opportunities; 25 ÷ (70 % × 35 %) = 102.04 → 103 leads.
    await expect(figure(island, 'New clients a month')).toHaveText('25');
    await expect(figure(island, 'Opportunities a month')).toHaveText('72');
    await expect(figure(island, 'Good leads marketing delivers a month')).toHaveText('103');
    await expect(island.locator('.headline').getByRole('definition')).toHaveCount(4);
    const doc = island.getByRole('article', {
      name: 'Service-level agreement between marketing and sales',
    });
    await expect(doc).toContainText('Marketing delivers 103 good leads a month, about 24 a week.');
    await expect(doc).toContainText('Sales calls every good lead within 4 working hours.');
    await expect(doc).toContainText('A good lead scores 60 points or more');
    expect(await axeViolations(page, '[data-island="agreement"]')).toEqual([]);
  });

  test('typing a new goal and rates changes the numbers and the link', async ({ page }) => {
    await page.goto(TOOL);
    const island = await waitForIsland(page, 'agreement');
    const goal = island.getByRole('spinbutton', { name: 'New contract value wanted a month' });
    await goal.fill('30000');
    await goal.press('Enter');
    const win = island.getByRole('spinbutton', { name: 'Win rate on opportunities (%)' });
    await win.fill('25');
    await win.press('Enter');
    const accept = island.getByRole('spinbutton', { name: 'Leads that sales qualifies (%)' });
    await accept.fill('50');
    await accept.press('Enter');
    // 12.5 clients round up to 13; 13 ÷ (50 % × 25 %) = 104 leads; 13 ÷ 25 % = 52 opportunities.
    await expect(figure(island, 'New clients a month')).toHaveText('13');
    await expect(figure(island, 'Good leads marketing delivers a month')).toHaveText('104');
    await expect(page).toHaveURL(/target=30000/);
    await expect(page).toHaveURL(/close=25/);

    await island.getByRole('checkbox', { name: 'Means to buy within three months' }).check();
    await expect(island.getByRole('article')).toContainText('means to buy within three months');
    await island
      .getByRole('combobox', { name: 'The two teams review the agreement' })
      .selectOption('monthly');
    await expect(island.getByRole('article')).toContainText('once a month');

    // A copied link brings the same agreement back.
    await page.reload();
    const again = await waitForIsland(page, 'agreement');
    await expect(figure(again, 'Good leads marketing delivers a month')).toHaveText('104');
    await expect(
      again.getByRole('checkbox', { name: 'Means to buy within three months' }),
    ).toBeChecked();
  });

  test('a bad link is clamped and says so', async ({ page }) => {
    await page.goto(`${TOOL}?accept=900&close=abc`);
    const island = await waitForIsland(page, 'agreement');
    await expect(island.getByRole('status').first()).toContainText('adjusted');
    await expect(
      island.getByRole('spinbutton', { name: 'Leads that sales qualifies (%)' }),
    ).toHaveValue('100');
  });

  test('prints the agreement on one page, without the controls', async ({ page }) => {
    await page.goto(TOOL);
    const island = await waitForIsland(page, 'agreement');
    await expect(island.getByRole('button', { name: 'Print the agreement' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(island.getByRole('article')).toBeVisible();
    await expect(island.getByRole('group', { name: 'Your numbers' })).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(island.getByRole('article')).toContainText('For sales: name, date, signature');
    // One A4 page is about 1,123 CSS px tall at 96 dpi; the agreement fits in it.
    const height = await island
      .getByRole('article')
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(1_000);
  });

  test('chapter 7 shows Leafline’s agreement, its good lead and its lead score', async ({
    page,
  }) => {
    await page.goto('/chapters/working-as-one/');
    await expect(
      page.getByRole('heading', { name: 'The agreement between the teams' }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: /Leafline’s lead score/ })).toContainText(
      'Maria at Brightwell Dental',
    );
    const island = await waitForIsland(page, 'agreement');
    await expect(island.getByRole('article')).toContainText(
      'Marketing delivers 103 good leads a month',
    );
    await expect(page.getByRole('link', { name: 'agreement builder’s own page' })).toHaveAttribute(
      'href',
      '/tools/agreement/',
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the server copy already shows Leafline’s filled-in agreement', async ({ page }) => {
      await page.goto(TOOL);
      await expect(page.getByRole('article')).toContainText(
        'Marketing delivers 103 good leads a month, about 24 a week.',
      );
      await expect(page.getByRole('article')).toContainText(
        'Together we aim to sign $60,000 of new contract value a month',
      );
    });
  });
});
