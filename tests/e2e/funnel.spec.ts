/**
 * The funnel simulator at /tools/funnel/: keyboard-only use of every control,
 * clamping, shared links, Compare, Goal mode, exports, reduced motion, the
 * page without JavaScript, hostile links, shortcuts and axe after use.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, useTheme, waitForIsland } from './support/fixtures';

const TOOL = '/tools/funnel/';

async function open(page: Page, query = '') {
  await page.goto(`${TOOL}${query}`);
  await waitForIsland(page, 'funnel');
}

function stagesTable(page: Page) {
  return page.getByRole('table', { name: 'Funnel stages' });
}

/** The count cell (second cell) of a stage's row. */
function count(page: Page, stage: string) {
  return stagesTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: stage, exact: true }) })
    .getByRole('cell')
    .first();
}

/** Brings the animation into view; it loads when its section nears the screen. */
async function showFlow(page: Page) {
  await page.getByRole('heading', { name: 'Month by month' }).scrollIntoViewIfNeeded();
  await expect(page.locator('.flow canvas')).toBeAttached({ timeout: 20_000 });
}

/** The live sentence that sums the funnel up. */
function summary(page: Page) {
  return page.getByTestId('funnel-summary');
}

function keyFigure(page: Page, name: string) {
  return page
    .getByRole('group', { name: 'Key figures' })
    .locator('div')
    .filter({
      has: page
        .getByRole('term')
        .filter({ hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) }),
    })
    .getByRole('definition');
}

test.describe('funnel simulator', () => {
  // Two shared cores: give the longer keyboard walks room.
  test.describe.configure({ timeout: 90_000 });
  test('shows Leafline’s baseline month with its key figures, each named for what it is', async ({
    page,
  }) => {
    await open(page);
    await expect(count(page, 'People reached')).toHaveText('20,000');
    await expect(count(page, 'Leads')).toHaveText('100');
    await expect(count(page, 'New clients')).toHaveText('12.5');
    const terms = await page
      .getByRole('group', { name: 'Key figures' })
      .getByRole('term')
      .allTextContents();
    expect(terms).toEqual([
      'New clients a month',
      'New contract value a month',
      'New monthly recurring revenue',
      'Marketing spend a month',
      'Cost per lead',
      'Customer acquisition cost',
      'Payback on gross margin',
      'Lifetime value (gross margin)',
      'LTV : CAC',
      'Return on ad spend (ROAS)',
      'First-year return on investment (ROI)',
    ]);
    await expect(keyFigure(page, 'New contract value a month')).toHaveText('$30,000');
    await expect(keyFigure(page, 'Customer acquisition cost')).toHaveText('$1,040');
    await expect(summary(page)).toHaveText(
      /^Of 20,000 people reached, 12\.5 become new clients each month/,
    );
    await expect(summary(page)).toHaveAttribute('aria-live', 'polite');
    await expect(page.getByRole('img', { name: /^Funnel: People reached 20,000/ })).toBeVisible();
  });

  test('every control works by keyboard alone and changes the output', async ({ page }) => {
    await open(page);
    const slider = (name: string) => page.getByRole('slider', { name, exact: true });

    await slider('Awareness to interest (%)').focus();
    await page.keyboard.press('ArrowRight');
    await expect(count(page, 'Interested')).toHaveText('2,200');

    await slider('Interest to desire (%)').focus();
    await page.keyboard.press('ArrowRight');
    await expect(count(page, 'Desire')).toHaveText('572');

    await slider('Desire to action (%)').focus();
    await page.keyboard.press('PageUp');
    await expect(count(page, 'Leads')).not.toHaveText('114.4');

    await slider('Leads qualified by sales (%)').focus();
    await page.keyboard.press('End');
    await expect(count(page, 'Qualified opportunities')).toHaveText(
      await count(page, 'Leads').innerText(),
    );

    await slider('Win rate (%)').focus();
    await page.keyboard.press('Home');
    await expect(count(page, 'New clients')).toHaveText('0');
    await page.keyboard.press('ArrowRight');
    await expect(count(page, 'New clients')).not.toHaveText('0');

    await slider('People reached per month').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(count(page, 'People reached')).not.toHaveText('20,000');

    const revenue = await keyFigure(page, 'New contract value a month').innerText();
    await slider('First-year contract value').focus();
    await page.keyboard.press('ArrowRight');
    await expect(keyFigure(page, 'New contract value a month')).not.toHaveText(revenue);

    const cpl = await keyFigure(page, 'Cost per lead').innerText();
    await slider('Marketing cost per person reached').focus();
    await page.keyboard.press('ArrowRight');
    await expect(keyFigure(page, 'Cost per lead')).not.toHaveText(cpl);

    const cac = await keyFigure(page, 'Customer acquisition cost').innerText();
    await slider('Cost of one salesperson a month').focus();
    await page.keyboard.press('ArrowRight');
    await expect(keyFigure(page, 'Customer acquisition cost')).not.toHaveText(cac);

    // The number field: type and commit with Enter.
    const reach = page.getByRole('spinbutton', { name: 'People reached per month' });
    await reach.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('5000');
    await page.keyboard.press('Enter');
    await expect(count(page, 'People reached')).toHaveText('5,000');

    // Scenario radios: arrow keys move between them.
    await page.getByRole('radio', { name: /Leafline today/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /Marketing-led/ })).toBeChecked();
    await expect(count(page, 'People reached')).toHaveText('100,000');

    // Toggles: Goal mode and Compare with Enter and Space.
    await page.getByRole('button', { name: 'Goal mode' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      stagesTable(page).getByRole('columnheader', { name: 'People needed' }),
    ).toBeVisible();
    const goal = page.getByRole('slider', { name: 'New clients wanted per month' });
    const before = await count(page, 'People reached').innerText();
    await goal.focus();
    await page.keyboard.press('ArrowRight');
    await expect(count(page, 'People reached')).not.toHaveText(before);

    await page.getByRole('button', { name: 'Compare' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('table', { name: /compared with/ })).toBeVisible();
    await page.getByRole('combobox', { name: 'Compare with' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('table', { name: /compared with/ })).toBeVisible();

    // Simulation fields.
    await page.getByRole('slider', { name: 'Months simulated' }).focus();
    await page.keyboard.press('End');
    await expect(page.locator('.sim-line')).toContainText('Over 36 simulated months');
  });

  test('typing a value out of range clamps it and says so', async ({ page }) => {
    await open(page);
    const win = page.getByRole('spinbutton', { name: 'Win rate (%)' });
    await win.fill('150');
    await win.press('Enter');
    await expect(win).toHaveValue('100');
    await expect(page.getByText('Capped at the maximum, 100%.')).toBeVisible();
    await expect(count(page, 'New clients')).toHaveText('50');

    const spend = page.getByRole('spinbutton', { name: 'Marketing cost per person reached' });
    await spend.fill('-20');
    await spend.press('Tab');
    await expect(spend).toHaveValue('0');
    await expect(page.getByText('Raised to the minimum, $0.')).toBeVisible();
    await expect(keyFigure(page, 'Cost per lead')).toHaveText('$0');
  });

  test('Copy link opens the same state', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    await page.getByRole('radio', { name: /Aligned/ }).check();
    const interest = page.getByRole('spinbutton', { name: 'Awareness to interest (%)' });
    await interest.fill('12');
    await interest.press('Enter');
    await page.getByRole('button', { name: 'Goal mode' }).click();
    const goal = page.getByRole('spinbutton', { name: 'New clients wanted per month' });
    await goal.fill('40');
    await goal.press('Enter');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'Sales-led' });
    const table = await stagesTable(page).innerText();

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toContain('/tools/funnel/?');
    expect(url).toContain('interest=12');
    expect(url).toContain('mode=goal');

    const other = await context.newPage();
    await other.goto(url);
    await waitForIsland(other, 'funnel');
    await expect(other.getByRole('spinbutton', { name: 'Awareness to interest (%)' })).toHaveValue(
      '12',
    );
    expect(await stagesTable(other).innerText()).toBe(table);
    await expect(
      other.getByRole('spinbutton', { name: 'New clients wanted per month' }),
    ).toHaveValue('40');
    await expect(other.getByRole('button', { name: 'Goal mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(other.getByRole('combobox', { name: 'Compare with' })).toHaveValue('sales-led');
  });

  test('Goal mode works backwards from the customers wanted', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Goal mode' }).click();
    await expect(page.getByRole('button', { name: 'Goal mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(count(page, 'New clients')).toHaveText('25');
    await expect(count(page, 'Qualified opportunities')).toHaveText('100');
    await expect(count(page, 'Leads')).toHaveText('200');
    await expect(count(page, 'People reached')).toHaveText('40,000');
    await expect(summary(page)).toHaveText(
      'To win 25 new clients a month at these rates, you need to reach 40,000 people and hand sales 200 leads. Working 100 opportunities a month takes 2 salespeople, not 1.',
    );
    const goal = page.getByRole('spinbutton', { name: 'New clients wanted per month' });
    await goal.fill('13');
    await goal.press('Enter');
    await expect(count(page, 'People reached')).toHaveText('20,800');
    // A zero rate makes the goal unreachable: a calm sentence, "n/a", no errors.
    const win = page.getByRole('spinbutton', { name: 'Win rate (%)' });
    await win.fill('0');
    await win.press('Enter');
    await expect(count(page, 'People reached')).toHaveText('n/a');
    await expect(summary(page)).toContainText('while the win rate is 0%');
  });

  test('Compare shows two scenarios side by side with the differences', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Compare' }).click();
    const table = page.getByRole('table', { name: 'Leafline today compared with Aligned' });
    await expect(table).toBeVisible();
    const row = (name: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(row('New clients').getByRole('cell')).toHaveText(['12.5', '24.5', '+12']);
    await expect(row('New contract value a month').getByRole('cell')).toHaveText([
      '$30,000',
      '$58,800',
      '+$28,800',
    ]);
    await expect(page.locator('.compare').getByRole('img')).toHaveCount(2);
    await page.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'Sales-led' });
    await expect(
      page.getByRole('table', { name: 'Leafline today compared with Sales-led' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.locator('.compare')).toHaveCount(0);
  });

  test('exports download PNG, SVG and CSV files', async ({ page }) => {
    await open(page);
    const save = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
    };
    const csv = await save('Export CSV');
    expect(csv.name).toBe('funnel-baseline.csv');
    const text = csv.body.toString('utf8');
    expect(text).toContain('Scenario,Leafline today');
    expect(text).toContain('People reached,Marketing,20000,');
    expect(text).toContain('New clients,Sales,12.5,25');
    expect(text).toContain('Customer acquisition cost,"$1,040"');

    const svg = await save('Export SVG');
    expect(svg.name).toBe('funnel-baseline.svg');
    const markup = svg.body.toString('utf8');
    expect(markup).toContain('<svg');
    expect(markup).toContain('Qualified opportunities');
    expect(markup).not.toContain('var(--');

    const png = await save('Export PNG');
    expect(png.name).toBe('funnel-baseline.png');
    expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.body.length).toBeGreaterThan(5000);
    await expect(page.getByText('Saved funnel-baseline.png.')).toBeVisible();
  });

  test('the animation plays one month by itself, and Play, Step and Reset work', async ({
    page,
  }) => {
    await open(page);
    const status = page.locator('.flow .status');
    await showFlow(page);
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(status).toHaveText(/^Month 2 of 12:/);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(status).toHaveText(/^Month 1 of 12: 20,000 people reached/);
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  });

  test('under reduced motion the animation does not start by itself', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page);
    await showFlow(page);
    await page.waitForTimeout(1200);
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect(page.locator('.flow .status')).toHaveText(/^Month 1 of 12:/);
    // Step still works, and shows the next month at once.
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.locator('.flow .status')).toHaveText(/^Month 2 of 12:/);
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  });

  test('a hostile link falls back to defaults with a notice and injects nothing', async ({
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const q = new URLSearchParams({
      reach: '<script>alert(1)</script>',
      interest: 'javascript:alert(1)',
      deal: 'x'.repeat(10_240),
      spend: '-5',
      win: 'NaN',
      salescost: 'Infinity',
      qualified: '0x20',
      desire: '1e',
      months: '999',
      scenario: '<img src=x onerror=alert(1)>',
    });
    await open(page, `?${q}`);
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Some values in the link were adjusted' });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('listitem')).toHaveCount(10);
    await expect(count(page, 'People reached')).toHaveText('20,000');
    await expect(count(page, 'Interested')).toHaveText('2,000');
    await expect(count(page, 'New clients')).toHaveText('12.5');
    await expect(keyFigure(page, 'New contract value a month')).toHaveText('$30,000');
    await expect(
      page.getByRole('region', { name: 'Your funnel, stage by stage' }).locator('img, script'),
    ).toHaveCount(0);
    expect(await page.locator('.notice').innerHTML()).not.toContain('<script');
    expect(dialogs).toBe(0);
    // The address bar is rewritten to the clean state.
    // The old spend key is read (as a cost per person reached) and written back as cpr.
    await expect
      .poll(() => Object.fromEntries(new URL(page.url()).searchParams))
      .toEqual({ cpr: '0', months: '36' });
  });

  test('shortcuts work, list themselves, and never fire in a field', async ({ page }) => {
    await open(page);
    await page.locator('h1').click();
    await page.keyboard.press('2');
    await expect(page.getByRole('radio', { name: /Marketing-led/ })).toBeChecked();
    await page.keyboard.press('1');
    await expect(page.getByRole('radio', { name: /Leafline today/ })).toBeChecked();
    await page.keyboard.press('g');
    await expect(page.getByRole('button', { name: 'Goal mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('g');
    await expect(page.getByRole('button', { name: 'Goal mode' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await page.keyboard.press('c');
    await expect(page.getByRole('button', { name: 'Compare' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    // Space plays and pauses; R resets to month 1.
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await page.keyboard.press('r');
    await expect(page.locator('.flow .status')).toHaveText(/^Month 1 of 12:/);

    // ? opens the list as a modal dialog; Escape closes it and focus returns.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    for (const key of ['Space', 'R', 'C', 'G', 'F', 'Escape'])
      await expect(help.locator('kbd', { hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
    await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
    expect(await axeViolations(page, '.help')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // F opens the workshop stage with this state, in a window of its own.
    const [stage] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('f')]);
    expect(new URL(stage.url()).pathname).toBe('/workshop/present/funnel/');
    expect(new URL(stage.url()).search).toBe('?compare=1');
    await stage.close();

    // In a field, the same keys type instead.
    const reach = page.getByRole('spinbutton', { name: 'People reached per month' });
    await reach.fill('');
    await reach.press('3');
    await reach.press('g');
    await reach.press('c');
    await expect(reach).toHaveValue('3');
    await expect(page.getByRole('radio', { name: /Sales-led/ })).not.toBeChecked();
    await expect(page.getByRole('button', { name: 'Goal mode' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(page.getByRole('button', { name: 'Compare' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const slider = page.getByRole('slider', { name: 'Win rate (%)' });
    await slider.focus();
    await page.keyboard.press('2');
    await expect(page.getByRole('radio', { name: /Marketing-led/ })).not.toBeChecked();
  });

  test('axe finds nothing after interactions, in both themes', async ({ page }) => {
    test.setTimeout(180_000);
    // Still frames keep axe quick on a busy machine; Step then shows the month at once.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await open(page);
      await page.getByRole('radio', { name: /Sales-led/ }).check();
      await page.getByRole('button', { name: 'Goal mode' }).click();
      await page.getByRole('button', { name: 'Compare' }).click();
      const win = page.getByRole('spinbutton', { name: 'Win rate (%)' });
      await win.fill('500');
      await win.press('Enter');
      await showFlow(page);
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      expect(await axeViolations(page, '[data-island="funnel"]')).toEqual([]);
    }
  });

  test('the tools index lists the simulator', async ({ page }) => {
    await page.goto('/tools/');
    await page.getByRole('link', { name: 'Funnel simulator' }).click();
    await expect(page).toHaveURL(/\/tools\/funnel\/$/);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tools' }),
    ).toHaveAttribute('aria-current', 'page');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the figure, the table and the key figures are in the page', async ({ page }) => {
    await page.goto(TOOL);
    await expect(count(page, 'People reached')).toHaveText('20,000');
    await expect(count(page, 'New clients')).toHaveText('12.5');
    await expect(keyFigure(page, 'New clients a month')).toHaveText('12.5');
    await expect(keyFigure(page, 'First-year return on investment (ROI)')).toHaveText('38.5%');
    await expect(page.getByRole('img', { name: /^Funnel: People reached 20,000/ })).toBeVisible();
    await expect(page.getByText('Hand-over: marketing passes leads to sales')).toBeVisible();
  });
});

test.describe('in chapter 4', () => {
  const CHAPTER = '/chapters/from-awareness-to-purchase/';

  test('the live simulator starts from Leafline’s baseline and links to the tool', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(CHAPTER);
    await waitForIsland(page, 'funnel');
    await expect(
      page.getByRole('heading', { level: 3, name: "Leafline's funnel, live" }),
    ).toBeVisible();
    await expect(count(page, 'New clients')).toHaveText('12.5');
    // Shortcuts stay inside the widget in a chapter: a key pressed on the page does nothing.
    await page.locator('h1').click();
    await page.keyboard.press('2');
    await expect(page.getByRole('radio', { name: /Leafline today/ })).toBeChecked();
    await page.getByRole('button', { name: 'Goal mode' }).focus();
    await page.keyboard.press('2');
    await expect(page.getByRole('radio', { name: /Marketing-led/ })).toBeChecked();
    await expect(page.getByRole('link', { name: 'Open the full-width tool' })).toHaveAttribute(
      'href',
      '/tools/funnel/?scenario=marketing-led',
    );
    // The chapter's address never changes.
    expect(new URL(page.url()).search).toBe('');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the chapter shows the funnel table and key figures', async ({ page }) => {
      await page.goto(CHAPTER);
      await expect(count(page, 'People reached')).toHaveText('20,000');
      await expect(keyFigure(page, 'New contract value a month')).toHaveText('$30,000');
    });
  });
});

test.describe('your funnel in four numbers', () => {
  test('fills the six stages from four counts and says how it split them', async ({ page }) => {
    await open(page);
    await page.getByText('Your funnel in four numbers').click();
    await page.getByRole('textbox', { name: 'People reached last month' }).fill('8,000');
    await page.getByRole('textbox', { name: 'Leads (enquiries, quote requests)' }).fill('8');
    await page.getByRole('textbox', { name: /^Opportunities/ }).fill('4');
    await page.getByRole('textbox', { name: 'New customers' }).fill('1');
    await page.getByRole('button', { name: 'Fill the funnel' }).click();
    await expect(page.getByText('Each of the three marketing steps keeps 10%')).toBeVisible();
    await expect(count(page, 'People reached')).toHaveText('8,000');
    await expect(count(page, 'Interested')).toHaveText('800');
    await expect(count(page, 'Leads')).toHaveText('8');
    await expect(count(page, 'Qualified opportunities')).toHaveText('4');
    await expect(count(page, 'New clients')).toHaveText('1');
    await expect(page.getByRole('spinbutton', { name: 'Win rate (%)' })).toHaveValue('25');
    // Counts that cannot be a funnel are refused with a reason, and nothing changes.
    await page.getByRole('textbox', { name: 'New customers' }).fill('9');
    await page.getByRole('button', { name: 'Fill the funnel' }).click();
    await expect(page.getByText('New customers cannot be more than opportunities.')).toBeVisible();
    await expect(count(page, 'New clients')).toHaveText('1');
    expect(await axeViolations(page, '[data-island="funnel"]')).toEqual([]);
  });
});

test.describe('parts loaded on demand', () => {
  test('on a phone the fields and Month by month come as the reader nears them, or moves in by keyboard', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    const reach = page.getByRole('spinbutton', { name: /People reached/ });
    const months = page.getByRole('slider', { name: 'Months simulated' });
    await open(page);
    // Far below the figure, nothing of them is loaded yet; their heading already stands there.
    await expect(page.getByRole('heading', { name: 'Month by month' })).toBeAttached();
    await expect(reach).toHaveCount(0);
    await expect(months).toHaveCount(0);
    await page.getByRole('heading', { name: 'Month by month' }).scrollIntoViewIfNeeded();
    await expect(reach).toBeAttached();
    await expect(months).toBeAttached();

    // By keyboard: the first Tab into the widget brings every field before focus gets there.
    await open(page);
    await expect(reach).toHaveCount(0);
    await page.getByRole('radio').first().focus();
    await expect(reach).toBeAttached();
    await expect(months).toBeAttached();
    await reach.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('30000');
    await page.keyboard.press('Enter');
    await expect(summary(page)).toContainText('30,000');
  });

  test('Compare and the exports say so when they cannot load, and Retry (or a reload) brings them', async ({ page }) => {
    await open(page);
    // The network drops for the parts that load on demand (the page itself is already here).
    await page.route(/FunnelCompare[^/]*\.js$|csv[^/]*\.js$/, (route) => route.abort('aborted'));
    await page.getByRole('button', { name: 'Compare' }).click();
    const failed = page.getByRole('alert').filter({ hasText: 'Compare could not be loaded' });
    await expect(failed).toContainText('Compare could not be loaded. Check the connection, then try again.');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect(page.getByText('The CSV export could not be loaded. Check the connection, then try again.')).toBeVisible();
    await page.unroute(/FunnelCompare[^/]*\.js$|csv[^/]*\.js$/);

    // Retry loads the part where the browser tries again. Chromium keeps a failed module
    // fetch for the page's lifetime, so there the widget sees the connection is back and
    // offers a reload instead; the page's address keeps Compare open through it.
    const table = page.getByRole('table', { name: 'Leafline today compared with Aligned' });
    const reload = page.getByRole('button', { name: 'Reload the page' });
    await failed.getByRole('button', { name: 'Retry' }).click();
    await expect(table.or(reload)).toBeVisible();
    if (await reload.isVisible()) {
      await expect(failed).toContainText('Compare could not be loaded, though the connection works: reload the page to try again.');
      const csvRetry = page.locator('.share').getByRole('button', { name: 'Retry' });
      await csvRetry.click();
      await expect(page.locator('.share')).toContainText(
        'The CSV export could not be loaded, though the connection works: reload the page to try again.',
      );
      await page.locator('.share').getByRole('button', { name: 'Reload the page' }).click();
      await waitForIsland(page, 'funnel');
      await expect(table).toBeVisible();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('funnel-baseline.csv');
    } else {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('.share').getByRole('button', { name: 'Retry' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('funnel-baseline.csv');
    }
  });

});
