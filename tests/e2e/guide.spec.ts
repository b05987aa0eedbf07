/**
 * The guide's reference features: the glossary page, term tooltips in chapters,
 * the search dialog (Pagefind, loaded on demand) and chapter 8's journey recap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, waitForIsland } from './support/fixtures';

interface Entry {
  id: string;
  term: string;
  definition: string;
  chapter: string;
}

const glossary = loadYaml(readFileSync('content/glossary.yaml', 'utf8')) as Entry[];
const CHAPTER_1 = '/chapters/defining-the-disciplines/';
const RECAP_FILE = 'content/chapters/08-the-whole-picture.mdx';
const RECAP_PAGE = '/chapters/the-whole-picture/';
const recap = (loadYaml(readFileSync('content/recap.yaml', 'utf8')) as { journey: { moments: { id: string; title: string }[] } })
  .journey.moments;

/** github-slugger's rule for simple headings: lower case, punctuation out, spaces to hyphens. */
const slug = (h: string) =>
  h
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

/** Presses Tab until `selector` has focus (the way a keyboard user gets there). */
async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe('glossary page', () => {
  test('lists every term alphabetically with its anchor, definition and chapter link', async ({ page }) => {
    await page.goto('/glossary/');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    // Read every entry in one pass (46 terms; one locator round trip each would be slow).
    const shown = await page.locator('.entry').evaluateAll((els) =>
      els.map((el) => ({
        id: el.querySelector('h3')?.id ?? '',
        term: el.querySelector('h3')?.textContent?.trim() ?? '',
        definition: el.querySelector('.definition')?.textContent?.trim() ?? '',
        href: el.querySelector('.source a')?.getAttribute('href') ?? '',
      })),
    );
    expect(shown).toHaveLength(glossary.length);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(shown.map((t) => t.term)).toEqual(glossary.map((g) => g.term).sort((a, b) => collator.compare(a, b)));
    for (const g of glossary) {
      expect(shown.find((t) => t.id === g.id), g.id).toEqual({
        id: g.id,
        term: g.term,
        definition: g.definition.trim(),
        href: `/chapters/${g.chapter}/`,
      });
    }

    // Every letter in the index leads to a section whose terms start with it.
    const sections = await page
      .getByRole('navigation', { name: 'Glossary letters' })
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((a) => {
          const target = document.getElementById(a.getAttribute('href')!.slice(1));
          return {
            letter: target?.querySelector('[aria-hidden="true"]')?.textContent?.trim() ?? '',
            terms: [...(target?.closest('section')?.querySelectorAll('h3') ?? [])].map((h) => h.textContent!.trim()),
          };
        }),
      );
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.reduce((n, s) => n + s.terms.length, 0)).toBe(glossary.length);
    for (const s of sections) {
      expect(s.terms.length).toBeGreaterThan(0);
      if (s.letter !== '#') for (const t of s.terms) expect(t[0]!.toUpperCase(), t).toBe(s.letter);
    }
  });

  test('a term’s chapter link and a letter link both work', async ({ page }) => {
    const first = glossary[0]!;
    await page.goto(`/glossary/#${first.id}`);
    await expect(page.locator(`h3[id="${first.id}"]`)).toBeInViewport();
    await page.locator('.entry', { has: page.locator(`h3[id="${first.id}"]`) }).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/chapters/${first.chapter}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('term tooltips', () => {
  test('keyboard focus shows the definition, Escape hides it without moving focus', async ({ page }) => {
    test.slow(); // axe over a whole chapter
    await page.goto(CHAPTER_1);
    await tabTo(page, 'a.term');
    const term = page.locator('a.term:focus');
    const id = (await term.getAttribute('data-term'))!;
    const entry = glossary.find((g) => g.id === id)!;
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);

    await expect(tip).toHaveAttribute('role', 'tooltip');
    await expect(tip).toBeVisible();
    await expect(term).toHaveAccessibleDescription(entry.definition);
    await expect(term).toHaveAttribute('href', `/glossary/#${id}`);

    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(term).toBeFocused();

    // It comes back on the next focus.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(term).toBeFocused();
    await expect(tip).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('hover shows it, and the pointer can move onto the tip without losing it', async ({ page }) => {
    await page.goto(CHAPTER_1);
    const term = page.locator('a.term').first();
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    await term.scrollIntoViewIfNeeded();
    await expect(tip).toBeHidden();
    await term.hover();
    await expect(tip).toBeVisible();
    const a = (await term.boundingBox())!;
    const t = (await tip.boundingBox())!;
    await page.mouse.move(a.x + 4, a.y + a.height / 2);
    await page.mouse.move(t.x + 20, t.y + t.height / 2, { steps: 10 });
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await page.mouse.move(0, 0);
    await term.hover();
    await expect(tip).toBeVisible();
  });

  test('on a 320 px screen the tip stays inside the viewport', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(CHAPTER_1);
    // The same term at the start and at the end of a line.
    await page.evaluate(() => {
      const p = document.querySelector('.term-wrap')!.closest('p')!;
      p.style.textAlign = 'right';
    });
    const terms = page.locator('a.term');
    for (let i = 0; i < (await terms.count()); i++) {
      const term = terms.nth(i);
      const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
      await term.focus();
      await expect(tip).toBeVisible();
      const box = (await tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('print shows the word only', async ({ page }) => {
    await page.goto(CHAPTER_1);
    const term = page.locator('a.term').first();
    await term.focus();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.term-tip').first()).toBeHidden();
    expect(await term.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
  });
});

test.describe('search', () => {
  /** Where the page sends requests, so we can prove search loads nothing before it is opened. */
  function record(page: Page) {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    return urls;
  }
  const searchAssets = (urls: string[]) => urls.filter((u) => u.startsWith('/pagefind/') || u.startsWith('/search/'));

  test('opens from the button, finds a section, and Escape returns focus', async ({ page }) => {
    const urls = record(page);
    await page.goto(CHAPTER_1);
    await page.waitForLoadState('networkidle');
    expect(searchAssets(urls), 'nothing of search is loaded before it is opened').toEqual([]);

    const button = page.getByRole('button', { name: 'Search' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('searchbox', { name: 'Words to find' });
    await expect(input).toBeFocused();
    await expect.poll(() => searchAssets(urls).some((u) => u.startsWith('/pagefind/pagefind'))).toBe(true);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('"/" opens it, results show marked excerpts and lead to the right section', async ({ page }) => {
    test.slow(); // axe with the dialog open
    // Which section of chapter 1 tells of the hobby gardeners?
    const src = readFileSync('content/chapters/01-defining-the-disciplines.mdx', 'utf8');
    const before = src.slice(0, src.indexOf('hobby gardeners'));
    const heading = [...before.matchAll(/^##\s+(.+)$/gm)].at(-1)![1]!.trim();

    await page.goto(CHAPTER_1);
    await page.locator('main h1').click(); // focus is on the page, not in a field
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('searchbox');
    await expect(input).toBeFocused();
    await page.keyboard.type('hobby gardeners');
    await expect(input).toHaveValue('hobby gardeners'); // "/" is not intercepted while typing
    await expect(dialog.getByRole('status')).toContainText(/match(es)? “hobby gardeners”/);

    const link = dialog.locator(`a[href="${CHAPTER_1}#${slug(heading)}"]`);
    await expect(link).toBeVisible();
    // Excerpts: text and <mark> only.
    const tags = await dialog.locator('.search-excerpt *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
    expect(tags).toEqual(['MARK']);
    expect(await axeViolations(page)).toEqual([]);

    // Arrow down from the field reaches the results.
    await page.keyboard.press('ArrowDown');
    await expect(dialog.locator('.search-results a').first()).toBeFocused();

    await link.click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`#${slug(heading)}$`));
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeInViewport();
  });

  test('"/" typed into a field stays in the field', async ({ page }) => {
    await page.goto(CHAPTER_1);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'Some field');
      document.querySelector('main h1')!.after(input);
    });
    const field = page.getByRole('textbox', { name: 'Some field' });
    await field.focus();
    await page.keyboard.type('a/b');
    await expect(field).toHaveValue('a/b');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the glossary is searchable down to the entry', async ({ page }) => {
    const g = glossary.find((e) => e.id === 'lead-scoring') ?? glossary[0]!;
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox').fill(g.term);
    const link = page.getByRole('dialog').locator(`a[href="/glossary/#${g.id}"]`);
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/glossary/#${g.id}$`));
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the control is a link to a page that explains and lists the chapters', async ({ page }) => {
      await page.goto(CHAPTER_1);
      await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
      await page.getByRole('link', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\/search\/$/);
      await expect(page.getByText('needs JavaScript')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Defining the disciplines' }).last()).toBeVisible();
    });
  });
});

test.describe('journey recap', () => {
  test.skip(!existsSync(RECAP_FILE) || !readFileSync(RECAP_FILE, 'utf8').includes('<JourneyRecap'), 'chapter 8 has no recap yet');

  const card = (page: Page) => page.locator('.recap .card');
  /** The stepper is server-rendered; wait until it is live before pressing anything. */
  const ready = (page: Page) => waitForIsland(page, 'recap');

  test('steps with the buttons and the arrow keys, and keeps the moment in the URL', async ({ page }) => {
    test.slow(); // many steps, then axe
    await page.goto(RECAP_PAGE);
    const widget = page.getByRole('group', { name: /Maria’s journey/ });
    await ready(page);
    await expect(card(page)).toContainText(`Moment 1 of ${recap.length}`);
    await expect(card(page)).toContainText(recap[0]!.title);
    const prev = widget.getByRole('button', { name: 'Previous', exact: true });
    const next = widget.getByRole('button', { name: 'Next', exact: true });
    await expect(prev).toHaveAttribute('aria-disabled', 'true');

    await next.click();
    await expect(card(page)).toContainText(`Moment 2 of ${recap.length}`);
    await expect(card(page)).toContainText(recap[1]!.title);
    await expect(page).toHaveURL(/[?&]moment=2\b/);
    await expect(widget.locator('[aria-live="polite"]').last()).toHaveText(new RegExp(`^Moment 2 of ${recap.length}: `));
    await expect(widget.getByRole('button', { name: new RegExp(`^Moment 2: `) })).toHaveAttribute('aria-current', 'step');

    // Keys work while focus is inside: on the button, and on the card.
    await next.focus();
    await page.keyboard.press('ArrowRight');
    await expect(card(page)).toContainText(`Moment 3 of ${recap.length}`);
    await card(page).focus();
    await page.keyboard.press('End');
    await expect(card(page)).toContainText(`Moment ${recap.length} of ${recap.length}`);
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await next.focus();
    await page.keyboard.press('Enter'); // aria-disabled: focus stays, nothing moves
    await expect(card(page)).toContainText(recap.at(-1)!.title);
    await card(page).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(card(page)).toContainText(recap.at(-2)!.title);
    await page.keyboard.press('Home');
    await expect(card(page)).toContainText(`Moment 1 of ${recap.length}`);
    await page.keyboard.press('ArrowLeft'); // stays at the start
    await expect(card(page)).toContainText(recap[0]!.title);
    // The first moment is the default, which a link leaves out.
    await expect(page).not.toHaveURL(/[?&]moment=/);

    // The track jumps straight to a moment.
    await widget.getByRole('button', { name: new RegExp(`^Moment 5: `) }).click();
    await expect(card(page)).toContainText(recap[4]!.title);

    expect(await axeViolations(page, '.recap')).toEqual([]);
  });

  test('a shared link opens at its moment; a bad one says so and clamps', async ({ page }) => {
    await page.goto(`${RECAP_PAGE}?moment=4`);
    await ready(page);
    await expect(card(page)).toContainText(recap[3]!.title);
    await page.goto(`${RECAP_PAGE}?moment=99`);
    await ready(page);
    await expect(card(page)).toContainText(recap.at(-1)!.title);
    await expect(page.locator('.recap').getByRole('status').first()).toContainText('above the maximum');
  });

  test('honours reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(RECAP_PAGE);
    await ready(page);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    expect(await page.locator('.recap .card-inner').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('reads as an illustrated ordered list of every moment', async ({ page }) => {
      await page.goto(RECAP_PAGE);
      const list = page.locator('.recap ol.recap-list');
      await expect(list).toBeVisible();
      await expect(list.locator(':scope > li')).toHaveCount(recap.length);
      for (const [i, m] of recap.entries()) {
        await expect(list.locator(':scope > li').nth(i)).toContainText(m.title);
      }
      await expect(list.locator('svg.icon')).toHaveCount(recap.length);
      await expect(page.locator('.recap .stepper')).toBeHidden();
    });
  });
});
