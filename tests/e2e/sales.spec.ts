/**
 * The sales widgets: the six-step stepper, the objection role-play and the
 * pipeline forecast, driven by keyboard and by URL, checked with axe after
 * interactions, and read without JavaScript.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, waitForIsland } from './support/fixtures';

// Long keyboard walks plus several axe passes: give each test room on a busy machine.
test.describe.configure({ timeout: 120_000 });

const STEPS = ['Prospecting', 'Approach', 'Presentation', 'Objection handling', 'Closing', 'Follow-up'];

async function expectStep(page: Page, index: number) {
  const tab = page.getByRole('tab', { name: new RegExp(STEPS[index]!) });
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(tab).toBeFocused();
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(STEPS[index]!);
  const step = new URL(page.url()).searchParams.get('step');
  expect(step).toBe(index === 0 ? null : String(index + 1));
}

test.describe('six steps of a sale', () => {
  test('arrows, Home and End move through the steps and the URL follows', async ({ page }) => {
    await page.goto('/tools/sales-process/');
    await waitForIsland(page, 'steps');
    const first = page.getByRole('tab', { name: /Prospecting/ });
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tab')).toHaveCount(6);
    // Only the selected tab is in the Tab order.
    await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 1);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    await page.keyboard.press('End');
    await expectStep(page, 5);
    await page.keyboard.press('ArrowRight'); // wraps to the first
    await expectStep(page, 0);
    await page.keyboard.press('ArrowLeft'); // wraps to the last
    await expectStep(page, 5);
    await page.keyboard.press('Home');
    await expectStep(page, 0);
    await page.keyboard.press('ArrowDown');
    await expectStep(page, 1);
    // Tab leaves the tablist for the panel.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tabpanel')).toBeFocused();
    // Previous / Next buttons.
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect(page.getByRole('tab', { name: /Presentation/ })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: /^Previous/ }).click();
    await expect(page.getByRole('tab', { name: /Approach/ })).toHaveAttribute('aria-selected', 'true');
    expect(await axeViolations(page, '[data-island="steps"]')).toEqual([]);
  });

  test('the URL opens a step, and a bad step clamps with a visible message', async ({ page }) => {
    await page.goto('/tools/sales-process/?step=4');
    await waitForIsland(page, 'steps');
    await expect(page.getByRole('tab', { name: /Objection handling/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toContainText('What the buyer is thinking');

    await page.goto('/tools/sales-process/?step=99');
    await waitForIsland(page, 'steps');
    await expect(page.getByRole('tab', { name: /Follow-up/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'above the maximum' })).toBeVisible();

    await page.goto('/tools/sales-process/?step=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await waitForIsland(page, 'steps');
    await expect(page.getByRole('tab', { name: /Prospecting/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'is not a number' })).toBeVisible();
    await expect(page.locator('main img')).toHaveCount(0);
    expect(await axeViolations(page, '[data-island="steps"]')).toEqual([]);
  });

  test('every aria-controls names an element that is on the page', async ({ page }) => {
    await page.goto('/tools/sales-process/?step=3');
    await waitForIsland(page, 'steps');
    const dangling = async () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[aria-controls]')]
          .flatMap((el) => (el.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean))
          .filter((id) => !document.getElementById(id)),
      );
    expect(await dangling()).toEqual([]);
    await page.getByRole('tab', { name: /Closing/ }).click();
    expect(await dangling()).toEqual([]);
    const tab = page.getByRole('tab', { name: /Closing/ });
    await expect(page.getByRole('tabpanel')).toHaveAttribute('id', (await tab.getAttribute('aria-controls'))!);
  });

  test('narrow screens stand the track upright', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/tools/sales-process/');
    await waitForIsland(page, 'steps');
    await expect(page.getByRole('tablist')).toHaveAttribute('aria-orientation', 'vertical');
    await page.getByRole('tab', { name: /Prospecting/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expectStep(page, 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

/** Picks reply number `n` (0-based) with the keyboard alone: focus sits on the first reply. */
async function reply(page: Page, n: number) {
  await expect(page.locator('[data-reply="0"]')).toBeFocused();
  for (let i = 0; i < n; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

async function meter(page: Page, name: string) {
  return Number(await page.getByRole('meter', { name: new RegExp(`^${name}`) }).getAttribute('value'));
}

test.describe('objection role-play', () => {
  const endings: Array<{ kind: string; scenario: number; path: number[]; title: RegExp; replies: number }> = [
    { kind: 'won', scenario: 0, path: [0, 0, 0, 0], title: /Won: Installation booked/, replies: 4 },
    { kind: 'lost', scenario: 0, path: [2, 1], title: /Lost: Too much pressure/, replies: 2 },
    { kind: 'follow-up', scenario: 0, path: [0, 2, 0], title: /Follow up later: A call on Wednesday/, replies: 3 },
    { kind: 'won', scenario: 1, path: [0, 0, 0, 0], title: /Won: A trial on the fourth floor/, replies: 4 },
    { kind: 'lost', scenario: 1, path: [2, 1], title: /Lost: She defended her supplier/, replies: 2 },
    { kind: 'follow-up', scenario: 1, path: [3], title: /Follow up later: A brochure on file/, replies: 1 },
  ];

  for (const e of endings) {
    test(`scenario ${e.scenario + 1} to a "${e.kind}" ending by keyboard, then the debrief`, async ({ page }) => {
      await page.goto('/tools/roleplay/');
      await waitForIsland(page, 'roleplay');
      await expect(page.getByRole('meter', { name: /^Trust/ })).toBeVisible();
      if (e.scenario > 0) {
        const radio = page.getByRole('radio').first();
        await radio.focus();
        for (let i = 0; i < e.scenario; i++) await page.keyboard.press('ArrowDown');
        await expect(page.getByRole('radio').nth(e.scenario)).toBeChecked();
      }
      await page.locator('[data-reply="0"]').focus();
      for (const n of e.path) await reply(page, n);

      const heading = page.getByRole('heading', { name: e.title });
      await expect(heading).toBeVisible();
      await expect(heading).toBeFocused();
      await expect(page.locator('[data-reply]')).toHaveCount(0);
      const path = page.getByRole('list', { name: 'Your path, reply by reply' }).getByRole('listitem');
      await expect(path).toHaveCount(e.replies);
      await expect(path.first()).toContainText(/Skill: (listening|reframing value|evidence|asking for the close)/);
      await expect(path.first()).toContainText(/Helped|Hurt|Mixed/);
      await expect(path.first()).toContainText('Why');
      await expect(page.getByRole('table', { name: 'The meters from start to end' })).toBeVisible();
      await expect(page.getByText(/Skills you used:/)).toBeVisible();
      expect(await axeViolations(page, '[data-island="roleplay"]')).toEqual([]);
    });
  }

  test('meters move with each reply, and "Try a different reply" goes back one step', async ({ page }) => {
    await page.goto('/tools/roleplay/');
    await waitForIsland(page, 'roleplay');
    await expect(page.getByRole('meter', { name: /^Trust/ })).toBeVisible();
    expect(await meter(page, 'Trust')).toBe(40);
    await page.locator('[data-reply="0"]').focus();
    await reply(page, 2); // the instant discount: trust −15
    expect(await meter(page, 'Trust')).toBe(25);
    await expect(page.locator('.meters')).toContainText('25');
    await expect(page.locator('.meters')).toContainText('−15');
    await expect(page.locator('[data-island="roleplay"] .roleplay > p[aria-live="polite"]')).toContainText('What would it have been next week?');

    const backButton = page.getByRole('button', { name: 'Try a different reply' });
    await backButton.focus();
    await page.keyboard.press('Enter');
    expect(await meter(page, 'Trust')).toBe(40);
    await expect(page.getByRole('list', { name: 'The conversation so far' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.locator('[data-reply="0"]')).toBeFocused();
    await expect(backButton).toBeDisabled();

    // Play to the end, go back from the ending, then restart.
    for (const n of [0, 0, 0, 0]) await reply(page, n);
    await expect(page.getByRole('heading', { name: /Installation booked/ })).toBeFocused();
    await backButton.click();
    await expect(page.getByRole('heading', { name: /Installation booked/ })).toHaveCount(0);
    await expect(page.locator('[data-reply]')).toHaveCount(3);
    await page.getByRole('button', { name: 'Restart' }).click();
    await expect(page.getByRole('list', { name: 'The conversation so far' }).getByRole('listitem')).toHaveCount(1);
    expect(await meter(page, 'Trust')).toBe(40);
    expect(await axeViolations(page, '[data-island="roleplay"]')).toEqual([]);
  });

  test('the scenario can be chosen by URL; a bad one falls back with a message', async ({ page }) => {
    await page.goto('/tools/roleplay/?scenario=harbourview-supplier');
    await waitForIsland(page, 'roleplay');
    await expect(page.getByRole('radio', { name: /already have a supplier/ })).toBeChecked();
    await expect(page.getByText('GreenDesk has looked after our three floors')).toBeVisible();
    await page.goto('/tools/roleplay/?scenario=%3Cscript%3Ex%3C%2Fscript%3E');
    await waitForIsland(page, 'roleplay');
    await expect(page.getByRole('radio', { name: /more than we pay/i })).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: 'is not one of the choices' })).toBeVisible();
  });
});

/** The "Revenue so far, expected" cell of the last row of the forecast table. */
async function lastRevenue(page: Page) {
  return (await page.locator('.table-wrap tbody tr').last().locator('td').nth(3).innerText()).trim();
}

test.describe('objection role-play state', () => {
  test('a link opens a conversation after given replies, and the address follows every reply', async ({ page }) => {
    await page.goto('/tools/roleplay/?conversation=brightwell-price&replies=0.0');
    await waitForIsland(page, 'roleplay');
    await expect(page.getByRole('list', { name: 'The conversation so far' }).getByRole('listitem')).toHaveCount(5);
    await page.locator('[data-reply="0"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('replies')).toBe('0.0.0');
    await page.getByRole('button', { name: 'Restart' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('replies')).toBeNull();
  });

  test('an old scenario link still opens its conversation, under the new key', async ({ page }) => {
    await page.goto('/tools/roleplay/?scenario=harbourview-supplier');
    await waitForIsland(page, 'roleplay');
    await expect(page.getByRole('radio', { name: /already have a supplier/ })).toBeChecked();
    await page.locator('[data-reply="0"]').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?conversation=harbourview-supplier&replies=0');
  });
});

test.describe('pipeline forecast', () => {
  test('the band comes from the worker, seeded: the same inputs give the same range again', async ({ page }) => {
    const lastRange = () => page.locator('[data-island="forecast"] tbody tr').last().locator('td').nth(4).innerText();
    const settled = () => expect(page.getByText('Updating the likely range…')).toHaveCount(0);
    await page.goto('/tools/pipeline/');
    await waitForIsland(page, 'forecast');
    const atDefaults = await lastRange();

    await page.goto('/tools/pipeline/?weeks=40&deals=30');
    await waitForIsland(page, 'forecast');
    await expect(page.locator('[data-island="forecast"] tbody tr')).toHaveCount(40);
    await settled();
    const first = await lastRange();
    expect(first).toMatch(/^\$[\d,]+–\$[\d,]+$/);
    expect(first).not.toBe(atDefaults);

    const deals = page.getByRole('spinbutton', { name: 'New deals per week' });
    await deals.fill('31');
    await deals.press('Enter');
    await expect.poll(lastRange).not.toBe(first);
    await settled();
    await deals.fill('30');
    await deals.press('Enter');
    await expect.poll(lastRange).toBe(first);
  });

  test('the table and figures react to every kind of control', async ({ page }) => {
    await page.goto('/tools/pipeline/');
    await waitForIsland(page, 'forecast');
    const rows = page.locator('.table-wrap tbody tr');
    await expect(rows).toHaveCount(26);
    const before = await lastRevenue(page);
    expect(before).toMatch(/^\$[\d,]+$/);

    // Typing a value.
    const deals = page.getByRole('spinbutton', { name: 'New deals per week' });
    await deals.fill('24');
    await deals.press('Enter');
    await expect.poll(() => lastRevenue(page)).not.toBe(before);
    const doubled = Number((await lastRevenue(page)).replace(/[$,]/g, ''));
    expect(doubled).toBeCloseTo(2 * Number(before.replace(/[$,]/g, '')), -2);
    await expect.poll(() => new URL(page.url()).searchParams.get('deals')).toBe('24');

    // The slider by keyboard.
    const horizon = page.getByRole('slider', { name: 'Weeks to forecast' });
    await horizon.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(rows).toHaveCount(28);
    await expect(page.getByText('Deals closed in 28 weeks')).toBeVisible();
    await page.keyboard.press('End');
    await expect(rows).toHaveCount(52);

    // A stage probability changes the win rate.
    const p4 = page.getByRole('spinbutton', { name: 'Negotiation → closed' });
    await p4.fill('50');
    await p4.press('Enter');
    await expect(page.locator('.figures')).toContainText('16.8%');

    // A new seed moves the band, not the expectation.
    const expectedBefore = await lastRevenue(page);
    const rangeBefore = await rows.last().locator('td').nth(4).innerText();
    await page.getByRole('button', { name: 'Try the next seed' }).click();
    await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('2');
    await expect.poll(() => rows.last().locator('td').nth(4).innerText()).not.toBe(rangeBefore);
    expect(await lastRevenue(page)).toBe(expectedBefore);

    // The chart switches between its two views.
    await page.getByRole('radio', { name: 'Deals closed each week' }).check();
    await expect(page.locator('svg title')).toContainText('Deals closed that week');
    expect(await axeViolations(page, '[data-island="forecast"]')).toEqual([]);
  });

  test('a typed value out of range clamps with a visible message', async ({ page }) => {
    await page.goto('/tools/pipeline/');
    await waitForIsland(page, 'forecast');
    const p1 = page.getByRole('spinbutton', { name: 'Qualified → presented' });
    await p1.fill('250');
    await p1.press('Enter');
    await expect(p1).toHaveValue('100');
    await expect(page.getByText('Capped at the maximum, 100%.')).toBeVisible();
  });

  test('zero deals give an empty, calm chart', async ({ page }) => {
    await page.goto('/tools/pipeline/?deals=0');
    await waitForIsland(page, 'forecast');
    await expect(page.getByText('No deals close with these settings')).toBeVisible();
    await expect(page.locator('.empty-note')).toHaveText('No new deals enter the pipeline, so none can close.');
    await expect(page.locator('.table-wrap tbody tr').last().locator('td').nth(3)).toHaveText('$0');
    await page.goto('/tools/pipeline/?p3=0');
    await waitForIsland(page, 'forecast');
    await expect(page.locator('.empty-note')).toHaveText(/No deal moves on from proposal \(0 %\)/);
    expect(await axeViolations(page, '[data-island="forecast"]')).toEqual([]);
  });

  test('hostile and out-of-range URL values clamp with a visible message', async ({ page }) => {
    await page.goto('/tools/pipeline/?deals=9999&p1=-5&weeks=%3Cimg%20src%3Dx%3E&seed=1e99&w2=0');
    await waitForIsland(page, 'forecast');
    const notice = page.getByRole('status').filter({ hasText: 'adjusted' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('New deals per week: 9999 is above the maximum, so 200 is used.');
    await expect(notice).toContainText('Qualified → presented');
    await expect(notice).toContainText('<img src=x>');
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(page.getByRole('spinbutton', { name: 'New deals per week' })).toHaveValue('200');
    await expect(page.getByRole('spinbutton', { name: 'Qualified → presented' })).toHaveValue('0');
    await expect(page.getByRole('spinbutton', { name: 'Weeks to forecast' })).toHaveValue('26');
    await expect(page.getByRole('spinbutton', { name: 'Weeks in presented' })).toHaveValue('1');
    expect(await axeViolations(page, '[data-island="forecast"]')).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the stepper shows all six cards in order', async ({ page }) => {
    await page.goto('/tools/sales-process/');
    const cards = page.locator('[data-island="steps"] h2');
    await expect(cards).toHaveText(STEPS);
    await expect(page.getByText('Step 6 of 6')).toBeVisible();
  });

  test('the role-play shows the buyer, the opening and a note', async ({ page }) => {
    await page.goto('/tools/roleplay/');
    const w = page.locator('[data-island="roleplay"]');
    await expect(w.getByText('Maria, Office manager at Brightwell Dental, a 20-person clinic')).toBeVisible();
    await expect(w.getByText('$200 a month is more than we pay for cleaning')).toBeVisible();
    await expect(w.getByText('The role-play needs JavaScript')).toBeVisible();
    await expect(w.getByRole('listitem')).toHaveCount(4);
  });

  test('the forecast shows its numbers, chart and table', async ({ page }) => {
    await page.goto('/tools/pipeline/');
    const w = page.locator('[data-island="forecast"]');
    await expect(w.locator('svg path.line')).toHaveCount(1);
    await expect(w.locator('tbody tr')).toHaveCount(26);
    await expect(w.getByText('Deals closed in 26 weeks')).toBeVisible();
    await expect(w.locator('.figures')).toContainText('25.2%');
  });
});

test.describe('inside the chapters', () => {
  // Long chapter pages with several islands: axe takes a while on a busy machine.
  test.describe.configure({ timeout: 240_000 });

  test('chapter 3 plays the role-play', async ({ page }) => {
    await page.goto('/chapters/strategies-compared/');
    const rp = await waitForIsland(page, 'roleplay');
    await rp.locator('[data-reply="2"]').click();
    await expect(rp.getByRole('meter', { name: /^Trust/ })).toHaveAttribute('value', '25');
    expect(await axeViolations(page, '[data-island="roleplay"]')).toEqual([]);
  });

  test('chapter 4 steps through the sale and points to the pipeline forecast', async ({ page }) => {
    await page.goto('/chapters/from-awareness-to-purchase/');
    const steps = await waitForIsland(page, 'steps');
    await steps.getByRole('tab', { name: /Prospecting/ }).focus();
    await page.keyboard.press('End');
    await expect(steps.getByRole('tab', { name: /Follow-up/ })).toHaveAttribute('aria-selected', 'true');
    // Jumping from step 1 to step 3 says what skipping the approach costs.
    await steps.getByRole('tab', { name: /Prospecting/ }).click();
    await steps.getByRole('tab', { name: /Presentation/ }).click();
    await expect(steps.getByText(/You jumped past approach/)).toBeVisible();
    expect(await axeViolations(page, '[data-island="steps"]')).toEqual([]);

    // The forecast itself lives on its tool page; the chapter keeps a static summary and a link.
    const link = page.getByRole('link', { name: 'pipeline forecast' });
    await expect(link).toHaveAttribute('href', '/tools/pipeline/');
    await expect(page.getByRole('cell', { name: '$1,040' })).toBeVisible();
  });
});
