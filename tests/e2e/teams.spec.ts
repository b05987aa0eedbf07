/**
 * The four team widgets in a real browser: each by keyboard alone, a full
 * sorting game, role filters and comparison, the journey toggle, the
 * scorecard from a URL (good, old-style and hostile) and its print view, the
 * state kept in the URL across a reload, keys a presentation clicker sends
 * that must change nothing, the pages without JavaScript, and axe after the
 * interactions.
 */
import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, waitForIsland } from './support/fixtures';

const tasks = parseYaml(readFileSync('content/sort-tasks.yaml', 'utf8')) as { task: string; answer: 'sales' | 'marketing' | 'both' }[];
const answerOf = new Map(tasks.map((t) => [t.task, t.answer]));
const KEY = { sales: 's', marketing: 'm', both: 'b' } as const;

// axe on a page with ninety radios takes a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

async function expectNoAxe(page: Page, island: string) {
  expect(await axeViolations(page, `[data-island="${island}"]`)).toEqual([]);
}

test.describe('Who does it?', () => {
  test('a full game by keyboard alone: place, check, feedback, score, try again', async ({ page }) => {
    await page.goto('/tools/who-does-it/');
    await waitForIsland(page, 'sorting');
    const pile = page.getByRole('region', { name: /Tasks to sort/ });
    await expect(pile.getByText('12 of 12 left')).toBeVisible();
    const firstRound = await pile.getByRole('button').allInnerTexts();
    expect(firstRound).toHaveLength(12);

    // Tab into the list like a keyboard user, then sort each focused task with S, M or B.
    await page.getByRole('heading', { name: 'Sort the tasks' }).click();
    let guard = 0;
    while (!(await pile.getByRole('button').first().evaluate((el) => el === document.activeElement)) && guard++ < 30) {
      await page.keyboard.press('Tab');
    }
    let wrongTask = '';
    for (let i = 0; i < 12; i++) {
      const text = (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim();
      const answer = answerOf.get(text);
      expect(answer, `focused task "${text}"`).toBeTruthy();
      // Get the first one wrong on purpose.
      const key = i === 0 ? (answer === 'sales' ? 'm' : 's') : KEY[answer!];
      if (i === 0) wrongTask = text;
      await page.keyboard.press(key);
    }
    await expect(page.getByText('All placed')).toBeVisible();
    // Focus is on Check; Enter checks.
    await expect(page.getByRole('button', { name: 'Check my answers' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.score strong')).toHaveText('11 of 12 right.');
    await expect(page.getByText('Right:', { exact: false })).toHaveCount(11);
    const wrong = page.locator('li.wrong');
    await expect(wrong).toHaveCount(1);
    await expect(wrong).toContainText(wrongTask);
    await expect(wrong).toContainText('Answer:');
    await expect(wrong.locator('.mark')).toHaveText('✗');
    await expectNoAxe(page, 'sorting');

    // Try again deals a new round in a new order.
    await page.getByRole('button', { name: 'Try again with new tasks' }).focus();
    await page.keyboard.press('Enter');
    await expect(pile.getByText('12 of 12 left')).toBeVisible();
    const secondRound = await pile.getByRole('button').allInnerTexts();
    expect(secondRound).not.toEqual(firstRound);
    await expect(pile.getByRole('button').first()).toBeFocused();
  });

  test('click or tap: pick a task, then a team; pick a placed task to move it', async ({ page }) => {
    await page.goto('/tools/who-does-it/');
    await waitForIsland(page, 'sorting');
    const pile = page.getByRole('region', { name: /Tasks to sort/ });
    const first = pile.getByRole('button').first();
    const text = (await first.innerText()).trim();
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Put in Marketing' }).click();
    const marketing = page.getByRole('region', { name: 'Marketing' });
    await expect(marketing.getByRole('button', { name: new RegExp(text.slice(0, 20)) })).toBeVisible();
    await expect(pile.getByText('11 of 12 left')).toBeVisible();
    // Move it to Both.
    await marketing.getByRole('button', { name: new RegExp(text.slice(0, 20)) }).click();
    await page.getByRole('button', { name: 'Put in Both' }).click();
    await expect(page.getByRole('region', { name: 'Both' }).getByRole('button', { name: new RegExp(text.slice(0, 20)) })).toBeVisible();
    // Checking too early explains what is missing.
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Place the 11 remaining tasks first.' })).toBeVisible();
    await expectNoAxe(page, 'sorting');
  });
});

test.describe('Role explorer', () => {
  test('filters by stage and horizon', async ({ page }) => {
    await page.goto('/tools/roles/');
    await waitForIsland(page, 'roles');
    await expect(page.getByText('All 9 roles shown.')).toBeVisible();
    await page.getByLabel('Journey stage').selectOption({ label: 'Desire' });
    await expect(page.getByText('4 of 9 roles match: stage Desire.')).toBeVisible();
    await expect(page.getByText('No sales role matches these filters.')).toBeVisible();
    await page.getByRole('radio', { name: 'A year and beyond' }).check();
    await expect(page.getByText('1 of 9 role matches: stage Desire; time horizon a year and beyond.')).toBeVisible();
    await expect(page.getByRole('button', { name: /Marketing manager/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Content creator/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page.getByText('All 9 roles shown.')).toBeVisible();
    // Every hat Ava wears.
    await page.getByLabel('Leafline person').selectOption('Ava');
    await expect(page.getByText('3 of 9 roles match: held by Ava.')).toBeVisible();
    await expect(page.getByRole('region', { name: /Marketing/ }).getByRole('button')).toHaveText([
      /Marketing coordinator or specialist/,
      /Marketing analyst/,
      /Marketing manager/,
    ]);
    await expectNoAxe(page, 'roles');
  });

  test('by keyboard: filter, open a role card, compare two roles row by row', async ({ page }) => {
    await page.goto('/tools/roles/');
    await waitForIsland(page, 'roles');
    // Stage filter with the keyboard.
    await page.getByLabel('Journey stage').focus();
    await page.keyboard.press('ArrowDown'); // Awareness
    await expect(page.getByText('5 of 9 roles match: stage Awareness.')).toBeVisible();
    await page.getByLabel('Journey stage').selectOption('all');
    // Open a role card.
    const am = page.getByRole('button', { name: /Account manager/ });
    await am.focus();
    await page.keyboard.press('Enter');
    await expect(am).toHaveAttribute('aria-pressed', 'true');
    const card = page.getByRole('article', { name: 'Account manager' });
    await expect(card).toBeFocused();
    await expect(card).toContainText('A day at Leafline: Ruth');
    await expect(card).toContainText('Client retention rate');
    // Put it into the comparison.
    await card.getByRole('button', { name: 'Compare this role' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Compare two roles' })).toBeFocused();
    await page.getByLabel('Second role').selectOption({ label: 'Marketing manager (Marketing)' });
    const table = page.getByRole('table', { name: /Account manager compared with Marketing manager/ });
    await expect(table.getByRole('columnheader')).toHaveText([/Account manager/, /Marketing manager/]);
    const judged = table.getByRole('row', { name: /Judged by/ });
    await expect(judged).toContainText('Client retention rate');
    await expect(judged).toContainText('Qualified leads delivered to sales');
    await expect(table.getByRole('row', { name: /At Leafline/ })).toContainText('Ruth');
    await expect(table.getByRole('row', { name: /At Leafline/ })).toContainText('Ava');
    await expect(table.getByRole('row', { name: /Stages touched/ })).toContainText('Referral (both)');
    await expectNoAxe(page, 'roles');
  });
});

test.describe('Journey map', () => {
  test('by keyboard: move along the journey and switch views', async ({ page }) => {
    await page.goto('/tools/journey/');
    await waitForIsland(page, 'journey');
    const panel = page.locator('[id$="-panel"]');
    // One tab stop into the map: Tab from the view switch reaches the first touchpoint.
    await page.getByRole('radio', { name: /buyer’s view/ }).focus();
    await page.keyboard.press('Tab');
    const first = page.getByRole('button', { name: /^Step 1 of 20/ });
    await expect(first).toBeFocused();
    await expect(panel).toContainText('Short video shared on LinkedIn');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: /^Step 2 of 20/ })).toBeFocused();
    await expect(panel).toContainText('Found again in local search');
    await page.keyboard.press('End');
    await expect(panel).toContainText('Refers the physiotherapy practice');
    await expect(panel).toContainText('Why sales leads it');
    await page.keyboard.press('ArrowUp');
    await expect(panel).toContainText('Asked for a review');
    await page.keyboard.press('Home');
    await expect(panel).toContainText('Step 1 of 20');
    // Only one touchpoint is in the tab order.
    await expect(page.locator('.tp[tabindex="0"]')).toHaveCount(1);

    // The view switch: a native radio group.
    await page.getByRole('radio', { name: /buyer’s view/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /market view/ })).toBeChecked();
    // After the purchase: 12.5 × 0.975¹² = 9.2 stay a year (the scenario's churn); 30 % and 20 % of them are the map's assumptions.
    await expect(page.locator('.bar-label')).toHaveText(['20,000', '2,000', '500', '100', '12.5', '9.2', '≈ 2.8', '≈ 1.8']);
    await expect(page.locator('.path')).toHaveCount(0);
    await expect(panel).toContainText('Awareness in one month: 20,000 people reached.');
    await page.getByRole('button', { name: /Closes the deal/ }).hover();
    await expect(panel).toContainText('12.5 new clients');
    await expect(panel).toContainText('Sales qualifies 50% (50 opportunities) and wins 25% of those.');
    await expectNoAxe(page, 'journey');
    await page.getByRole('radio', { name: /buyer’s view/ }).check();
    await expect(page.locator('.path')).toHaveCount(1);
  });

  test('the list view says the same in text', async ({ page }) => {
    await page.goto('/tools/journey/');
    await waitForIsland(page, 'journey');
    await page.getByText('The journey as a list').click();
    const list = page.locator('.list');
    for (const phase of ['Awareness', 'Interest', 'Desire', 'Action', 'Purchase', 'Loyalty', 'Repeat purchase', 'Referral']) {
      await expect(list.getByRole('heading', { name: phase, exact: true })).toBeVisible();
    }
    await expect(list).toContainText('20,000 people reached');
    await expect(list).toContainText('With 2.5% of clients leaving in an average month, 73.8% are still there when their first year ends.');
    await expect(list).toContainText('Assumption: 30% of clients who stay buy more');
    await expect(list.locator('li li')).toHaveCount(20);
    await expectNoAxe(page, 'journey');
  });
});

test.describe('Alignment scorecard', () => {
  test('reads ratings and targets from the URL and keeps the URL in step', async ({ page }) => {
    await page.goto('/tools/scorecard/?r=5432112345543&t=55434');
    await waitForIsland(page, 'alignment');
    const summary = page.getByRole('region', { name: 'Your alignment summary' });
    await expect(summary.locator('.big')).toHaveText('3.2');
    await expect(summary).toContainText('out of 5 overall (55%), target 4.2; 16.0 of 25 across the five practices.');
    const rows = summary.getByRole('table').getByRole('row');
    await expect(rows.filter({ hasText: 'Regular communication' })).toContainText('1.3');
    const weakest = summary.locator('.weakest li > p');
    await expect(weakest).toHaveText([/^Regular communication: 1\.3 today, target 5\.0\./, /^Collaborative planning: 2\.5 today, target 4\.0\./]);
    await expect(summary.locator('.weakest')).toContainText('Book a 30-minute meeting every two weeks');
    // Radios reflect the URL.
    const first = page.getByRole('group', { name: /Sales and marketing work toward one revenue goal/ });
    await expect(first.getByRole('radio', { name: /5/ })).toBeChecked();

    // Rate by keyboard: arrows move within a radio group; the URL follows.
    await first.getByRole('radio', { name: /5/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(first.getByRole('radio', { name: /4/ })).toBeChecked();
    await expect(page).toHaveURL(/\?ratings=4\.4\.3\.2\.1\.1\.2\.3\.4\.5\.5\.4\.3&targets=5\.5\.4\.3\.4$/);
    await expect(summary.locator('.big')).toHaveText('3.1');
    await expect(page.getByRole('status').filter({ hasText: 'adjusted' })).toHaveCount(0);
    await expectNoAxe(page, 'alignment');

    // Start again clears the URL.
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(summary.locator('.big')).toHaveText('3.0');
    await expect(page).toHaveURL(/\/tools\/scorecard\/$/);
  });

  test('the Leafline examples fill in the chapter’s before and after', async ({ page }) => {
    await page.goto('/tools/scorecard/');
    await waitForIsland(page, 'alignment');
    await page.getByRole('link', { name: 'Leafline before Nadia’s changes' }).click();
    const summary = page.getByRole('region', { name: 'Your alignment summary' });
    await expect(summary).toContainText('6.0 of 25');
    await expect(page).toHaveURL(/\?ratings=1\.1\.1\.2\.2\.2\.1\.1\.1\.1\.1\.1\.1&targets=4\.5\.4\.3\.3$/);
    await page.getByRole('link', { name: 'Leafline six months later' }).click();
    await expect(summary).toContainText('19.0 of 25');
    await expect(summary.locator('.weakest li > p')).toHaveText([/^Integrated CRM/, /^Cross-training/]);
  });

  test('a hostile URL gives the defaults and a plain-text notice', async ({ page, problems }) => {
    page.on('dialog', (d) => {
      problems.errors.push(`dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto('/tools/scorecard/?r=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&t=9');
    await waitForIsland(page, 'alignment');
    const notice = page.locator('.notice');
    await expect(notice).toContainText('Some values in the link were adjusted');
    await expect(notice).toContainText('is not a list of digits 1 to 5, so the defaults are used.');
    await expect(notice).toContainText('Targets in the link: digits outside 1 to 5');
    await expect(page.locator('[data-island="alignment"] img')).toHaveCount(0);
    await expect(page.locator('.sc-summary .big')).toHaveText('3.0');
    await expectNoAxe(page, 'alignment');
  });

  test('print gives a one-page summary with no controls', async ({ page }) => {
    await page.goto('/tools/scorecard/?r=5432112345543&t=55434');
    await waitForIsland(page, 'alignment');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.rate')).toBeHidden();
    await expect(page.getByRole('button')).toHaveCount(await page.getByRole('button').count());
    for (const b of await page.locator('button, input, select').all()) await expect(b).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Your alignment summary' })).toBeVisible();
    await expect(page.locator('.sc-summary svg[role="img"]')).toBeVisible();
    await expect(page.locator('.weakest')).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', margin: { top: '1.5cm', bottom: '1.5cm', left: '1.5cm', right: '1.5cm' } });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
  });

  test('the Print button prints the summary alone', async ({ page }) => {
    await page.goto('/tools/scorecard/');
    await waitForIsland(page, 'alignment');
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = document.documentElement.classList.contains('print-scorecard');
      };
    });
    await page.getByRole('button', { name: 'Print summary' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
  });
});

// In a chapter's column the result stacks under the statements; on the tool page it sits beside
// them. Either way nothing in it is cut off at its right edge (it was, in chapter 7 at 1280 px).
for (const path of ['/chapters/working-as-one/', '/tools/scorecard/']) {
  test(`the scorecard's summary shows all its content at 1280 and 1920 px on ${path}`, async ({ page }) => {
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await waitForIsland(page, 'alignment');
      const summary = page.getByRole('region', { name: 'Your alignment summary' });
      await expect(summary.getByText(/across the five practices/)).toBeVisible();
      const { scroll, client } = await summary.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(scroll, `summary at ${width} px`).toBeLessThanOrEqual(client + 1);
    }
  });
}

test.describe('in the chapters', () => {
  for (const [chapter, widget, check] of [
    ['the-core-differences', 'sorting', 'Tasks to sort'],
    ['the-teams', 'roles', 'Compare two roles'],
    ['the-customer-journey', 'journey', 'Short video shared on LinkedIn'],
    ['working-as-one', 'alignment', 'Your alignment summary'],
    ['the-whole-picture', 'recap', 'Moment 1 of 10'],
  ] as const) {
    test(`${widget} is live in chapter ${chapter}`, async ({ page }) => {
      await page.goto(`/chapters/${chapter}/`);
      const w = await waitForIsland(page, widget);
      await expect(w).toContainText(check);
      await expectNoAxe(page, widget);
    });
  }
});

test.describe('state in the address bar', () => {
  test('the sorting game, the role shown and the journey step survive a reload', async ({ page }) => {
    await page.goto('/tools/who-does-it/');
    await waitForIsland(page, 'sorting');
    const pile = page.getByRole('region', { name: /Tasks to sort/ });
    const first = (await pile.getByRole('button').first().innerText()).trim();
    await pile.getByRole('button').first().click();
    await page.getByRole('button', { name: 'Put in Both' }).click();
    await expect(pile.getByText('11 of 12 left')).toBeVisible();
    await expect(page).toHaveURL(/whoboth=1\b/);
    await page.reload();
    await waitForIsland(page, 'sorting');
    await expect(pile.getByText('11 of 12 left')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Both' })).toContainText(first);

    await page.goto('/tools/roles/');
    await waitForIsland(page, 'roles');
    await page.getByRole('button', { name: /Account manager/ }).click();
    await page.getByLabel('Journey stage').selectOption({ label: 'Referral' });
    await expect(page).toHaveURL(/role=account-manager/);
    await page.reload();
    await waitForIsland(page, 'roles');
    await expect(page.getByRole('article', { name: 'Account manager' })).toContainText('A day at Leafline: Ruth');
    await expect(page.getByText('2 of 9 roles match: stage Referral.')).toBeVisible();

    await page.goto('/tools/journey/?journeyview=market&journeystage=purchase&journeypoint=5');
    await waitForIsland(page, 'journey');
    await expect(page.getByRole('radio', { name: /market view/ })).toBeChecked();
    await expect(page.locator('[id$="-panel"]')).toContainText('Purchase');
    await expect(page.locator('[id$="-panel"]')).toContainText('12.5 new clients');
  });
});

test.describe('keys a presentation clicker sends', () => {
  const CLICKER = ['PageDown', 'PageUp', 'Space', 'Enter', 'b', 'B', '.', 'w', 'f', 'o', 'g', 't', 'p', 'ArrowRight'];

  /** Presses every clicker key with the page, not a control, focused. */
  async function pressAll(page: Page) {
    for (const key of CLICKER) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press(key);
    }
  }

  for (const [path, island, shown] of [
    ['/tools/who-does-it/', 'sorting', '12 of 12 left'],
    ['/tools/roles/', 'roles', 'All 9 roles shown.'],
    ['/tools/journey/', 'journey', 'Short video shared on LinkedIn'],
    ['/tools/scorecard/?r=5432112345543&t=55434', 'alignment', '16.0 of 25'],
    ['/chapters/the-whole-picture/', 'recap', 'Moment 1 of 10'],
  ] as const) {
    test(`change nothing in ${island} while the page has focus`, async ({ page }) => {
      await page.goto(path);
      const w = await waitForIsland(page, island);
      await expect(w).toContainText(shown);
      const before = page.url();
      await pressAll(page);
      await expect(w).toContainText(shown);
      expect(page.url()).toBe(before);
    });
  }

  test('B sorts a task only while the task itself has focus', async ({ page }) => {
    await page.goto('/tools/who-does-it/');
    await waitForIsland(page, 'sorting');
    const pile = page.getByRole('region', { name: /Tasks to sort/ });
    await pile.getByRole('button').first().click();
    // The coach clicks elsewhere, then presses B to black out the screen.
    await page.getByRole('heading', { name: 'Sort the tasks' }).click();
    await page.keyboard.press('b');
    await expect(pile.getByText('12 of 12 left')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Both' })).toContainText('Nothing here yet.');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every team page shows its content', async ({ page }) => {
    await page.goto('/tools/roles/');
    await expect(page.getByRole('button', { name: /Sales representative or account executive/ })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Sales representative or account executive' })).toContainText('Sam starts at 8:30');
    await page.getByText('All 9 roles in one table').click();
    await expect(page.getByRole('table', { name: /The 9 roles/ }).getByRole('row')).toHaveCount(10);

    await page.goto('/tools/who-does-it/');
    await expect(page.getByText('12 of 12 left')).toBeVisible();
    await page.getByText(`All ${tasks.length} tasks with their answers`).click();
    await expect(page.locator('.answers li')).toHaveCount(tasks.length);

    await page.goto('/tools/journey/');
    await expect(page.locator('.tp')).toHaveCount(20);
    await page.getByText('The journey as a list').click();
    await expect(page.locator('.list')).toContainText('Maria recommends Leafline to the physiotherapy practice next door.');

    await page.goto('/tools/scorecard/');
    await expect(page.locator('.sc-summary .big')).toHaveText('3.0');
    await expect(page.locator('.weakest li > p')).toHaveCount(2);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(18);
  });
});
