/**
 * Offline after one visit: the service worker precaches the whole build, so
 * after the first page every page in the sitemap opens with the connection
 * off, its widgets come alive from the cache and search still finds things.
 * An island whose code could not load says so. A new build is offered with
 * "A new version is ready", never swapped in under the reader.
 */
import { test as base } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, builtSitemapPaths, expectLive, waitForIsland, wakeAll } from './support/fixtures';
import { serve } from '../../scripts/serve.mjs';
import { buildServiceWorker } from '../../scripts/service-worker.mjs';
import type { Page } from '@playwright/test';

const PATHS = builtSitemapPaths();
const CHAPTER = '/chapters/the-teams/';
const NOT_FOUND_H1 = /not here|not found/i;

async function waitUntilSaved(page: Page) {
  await expect(page.locator('footer').getByText('Available offline')).toBeVisible({
    timeout: 30_000,
  });
}

/** Wakes every widget (from the cache) and checks that nothing loaded on demand failed. */
async function wakeIslands(page: Page) {
  await wakeAll(page);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.island-failed')).toHaveCount(0);
  await expect(page.locator('.lazy-line.failed')).toHaveCount(0);
}

test.describe('offline after one visit', () => {
  test.use({ serviceWorkers: 'allow' });
  test('the sitemap has pages to walk', () => {
    expect(PATHS.length).toBeGreaterThan(20);
  });

  // The walk is cut into four parts, each with its own time limit, so that a
  // slow page is named by its part and the parts can run side by side.
  const PARTS = 4;
  const size = Math.ceil(PATHS.length / PARTS);
  for (let part = 0; part < PARTS; part++) {
    const paths = PATHS.slice(part * size, (part + 1) * size);
    test(`sitemap pages ${part * size + 1}–${part * size + paths.length} of ${PATHS.length} open offline, with live widgets`, async ({
      page,
      context,
      problems,
    }) => {
      test.setTimeout(180_000);
      await page.goto('/');
      await waitUntilSaved(page);
      await context.setOffline(true);
      for (const path of paths)
        await test.step(path, async () => {
          const res = await page.goto(path);
          expect(res?.ok(), `${path} opens offline`).toBe(true);
          expect(res?.fromServiceWorker(), `${path} comes from the service worker`).toBe(true);
          await expect(page.locator('main h1').first()).toBeVisible();
          await wakeIslands(page);
        });
      expect(problems.errors).toEqual([]);
    });
  }

  test('a shared link with widget state opens offline, and so does the 404 page', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await waitUntilSaved(page);
    await context.setOffline(true);
    const res = await page.goto('/tools/funnel/?reach=5000');
    expect(res?.fromServiceWorker()).toBe(true);
    await expect(page.locator('main h1')).toBeVisible();
    const missing = await page.goto('/no-such-page/');
    expect(missing?.fromServiceWorker()).toBe(true);
    await expect(page.locator('main h1')).toHaveText(NOT_FOUND_H1);
  });

  test('the funnel’s Compare and CSV export, loaded on demand, work offline', async ({ page, context }) => {
    await page.goto('/');
    await waitUntilSaved(page);
    await context.setOffline(true);
    await page.goto('/tools/funnel/');
    await waitForIsland(page, 'funnel');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('table', { name: 'Leafline today compared with Aligned' })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('funnel-baseline.csv');
  });

  test('search finds a section offline', async ({ page, context }) => {
    await page.goto(CHAPTER);
    await waitUntilSaved(page);
    await context.setOffline(true);
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByRole('searchbox').fill('hobby gardeners');
    await expect(dialog.getByRole('status')).toContainText(/match(es)? “hobby gardeners”/);
    await expect(dialog.locator('.search-results a').first()).toBeVisible();
  });

  test('a workshop deck runs offline: stage and presenter in step, every station live, a poll revealed', async ({
    page,
    context,
    problems,
  }) => {
    const deck = '/workshop/one-funnel-two-teams/';
    await page.goto('/workshop/');
    await expect(page.getByText('Available offline').first()).toBeVisible({ timeout: 30_000 });
    await context.setOffline(true);

    const res = await page.goto(`${deck}guide/`);
    expect(res?.fromServiceWorker()).toBe(true);
    const stations = await page
      .locator('table.agenda tbody tr')
      .evaluateAll((trs) =>
        trs
          .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))
          .filter((r) => r[3] === 'Live widget')
          .map((r) => Number(r[0])),
      );
    expect(stations.length).toBeGreaterThanOrEqual(5);

    await page.goto(deck);
    await expectLive(page.locator('[data-island="workshop"]'));
    const slide = page.locator('[data-island="workshop"] .slide');
    const presenter = await context.newPage();
    await presenter.goto(`${deck}presenter/`);
    await expectLive(presenter.locator('[data-island="presenter"]'));

    // The clicker walks on; slide 2 is a poll, whose next step reveals the room's chart. The presenter follows.
    const where = presenter.getByText(/^Slide \d+ of \d+$/);
    await page.keyboard.press('Home');
    await page.keyboard.press('PageDown');
    await expect(slide).toHaveAttribute('aria-label', /^Slide 2 of/);
    await expect(where).toHaveText(/^Slide 2 of/);
    await page.keyboard.press('PageDown');
    await expect(page.locator('[data-slide-content] .bars')).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(slide).toHaveAttribute('aria-label', /^Slide 3 of/);
    await expect(where).toHaveText(/^Slide 3 of/);
    // Every station's widget comes alive from the cache.
    for (const n of stations) {
      await page.keyboard.press('g');
      await page.getByLabel(/Slide number/).fill(String(n));
      await page.keyboard.press('Enter');
      await expect(slide).toHaveAttribute('aria-label', new RegExp(`^Slide ${n} of`));
      const widget = slide.locator('[data-island]').first();
      await expectLive(widget, undefined, `station on slide ${n} is live offline`);
    }
    // Next in the presenter moves the audience window, offline too.
    await presenter.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(slide).not.toHaveAttribute('aria-label', new RegExp(`^Slide ${stations.at(-1)} of`));
    await expect(page.locator('.island-failed')).toHaveCount(0);
    await presenter.close();
    expect(problems.errors).toEqual([]);
  });

  test('the footer says when the guide is saved, and the first page is already controlled', async ({
    page,
    
  }) => {
    await page.goto('/about/');
    await waitUntilSaved(page);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  });
});

// Without the service worker (blocked here), a widget that had not loaded when
// the connection dropped says so and offers to try again.
base(
  'an island that cannot load its code says so, with a way to try again',
  async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      baseURL,
      serviceWorkers: 'block',
      viewport: { width: 375, height: 500 },
    });
    const page = await context.newPage();
    await page.goto(CHAPTER);
    const island = page.locator('astro-island[client="visible"]').last();
    expect(
      await island.evaluate(
        (el) => (el.firstElementChild ?? el).getBoundingClientRect().top > innerHeight,
      ),
      'the island starts off screen',
    ).toBe(true);
    await context.setOffline(true);
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView());
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'could not load because the connection is off' })
      .last();
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await context.close();
  },
);

// Two builds into one served folder: the reader of the first sees the prompt
// for the second and gets it only when they choose to reload.
base(
  'a new build shows "A new version is ready" and reloads into it on request',
  async ({ browser }) => {
    base.setTimeout(90_000);
    const dir = mkdtempSync(join(tmpdir(), 'sxm-update-'));
    cpSync('dist', dir, { recursive: true });
    const server = await serve(dir);
    try {
      const context = await browser.newContext({ serviceWorkers: 'allow' });
      const page = await context.newPage();
      await page.goto(`${server.origin}/about/`);
      await waitUntilSaved(page);
      const h1 = (await page.locator('main h1').textContent())!.trim();

      // The second build: one page changed, the service worker made again.
      const about = join(dir, 'about', 'index.html');
      writeFileSync(
        about,
        readFileSync(about, 'utf8').replace(`>${h1}</h1>`, `>${h1}, updated</h1>`),
      );
      await buildServiceWorker(dir);

      await page.goto(`${server.origin}/about/`);
      const prompt = page.locator('.offline-update').getByText('A new version is ready');
      await expect(prompt).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('main h1')).toHaveText(h1); // nothing changed under the reader
      await Promise.all([
        page.waitForEvent('load'),
        page.locator('.offline-update').getByRole('button', { name: 'Reload' }).click(),
      ]);
      await expect(page.locator('main h1')).toHaveText(`${h1}, updated`);
      await expect(page.locator('footer').getByText('Available offline')).toBeVisible();
      await context.close();
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
