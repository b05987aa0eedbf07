/**
 * Shared e2e fixtures: every test fails on a console error, an uncaught
 * exception or a failed request, and the page may only talk to our own origin.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface PageProblems {
  errors: string[];
  /** Accepts problems matching `pattern` in this test (a 404 it asks for, a request made while offline). */
  allow(pattern: RegExp): void;
}

export const test = base.extend<{ problems: PageProblems }>({
  // Automatic: every test fails on a console error, an exception or a failed request.
  problems: [
    async ({ page, baseURL }, use) => {
      const allowed: RegExp[] = [];
      const problems: PageProblems = { errors: [], allow: (pattern) => void allowed.push(pattern) };
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.errors.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.errors.push(`exception: ${err.message}`));
      page.on('requestfailed', (req) => {
        // A download or an aborted navigation is not a failure of the page.
        const reason = req.failure()?.errorText ?? '';
        if (reason.includes('ERR_ABORTED')) return;
        problems.errors.push(`request failed: ${req.url()} (${reason})`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400 && !res.url().endsWith('/favicon.ico')) {
          problems.errors.push(`HTTP ${res.status()}: ${res.url()}`);
        }
      });
      page.on('request', (req) => {
        const u = req.url();
        if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) {
          problems.errors.push(`third-party request: ${u}`);
        }
      });
      await use(problems);
      const unexpected = problems.errors.filter((e) => !allowed.some((p) => p.test(e)));
      expect(unexpected, 'console errors, exceptions or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The axe rules whose result depends on the colours: all a second theme can change. */
export const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe with the project's tags and returns the violations, readable in a
 * failure. `only` limits the run to some rules (a second theme needs just the
 * colour rules: structure, names and roles do not change with the colours).
 */
export async function axeViolations(page: Page, include?: string, only?: readonly string[]) {
  let builder = new AxeBuilder({ page });
  builder = only ? builder.withRules([...only]) : builder.withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    // With axe's reason ("insufficient color contrast of 1.3 (foreground color: …)"), so a failure can be read.
    nodes: v.nodes
      .slice(0, 5)
      .map((n) => [n.target.join(' '), n.any[0]?.message].filter(Boolean).join(': ')),
  }));
}

/** Puts the page in a theme the way a reader would: the system setting. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  // Let the page restyle and paint in the new colours before anything measures them.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Page paths from the built sitemap in dist/, read when the test file loads. */
export function builtSitemapPaths(dist = 'dist'): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = new Set<string>();
  for (const f of files) {
    const xml = readFileSync(join(dist, f), 'utf8');
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g))
      paths.add(new URL(m[1]!, 'http://x').pathname);
  }
  return [...paths].sort();
}

/**
 * The one wait of the widget contract: the widget in this Island is live (its
 * `data-hydrated` marker is set). Every spec waits through this, or through
 * `waitForIsland` / `wakeAll`, which use it.
 */
export async function expectLive(island: Locator, timeout?: number, message?: string) {
  await expect(island, message).toHaveAttribute(
    'data-hydrated',
    '',
    timeout ? { timeout } : undefined,
  );
}

/**
 * Waits until the widget in the Island named `name` is live and returns the
 * island. Islands hydrate when visible, so it scrolls the island into view first.
 */
export async function waitForIsland(page: Page, name: string, nth = 0) {
  const island = page.locator(`[data-island="${name}"]`).nth(nth);
  await island.scrollIntoViewIfNeeded();
  await expectLive(island);
  return island;
}

/**
 * Wakes every widget on the page: brings each island into view and waits
 * until it is live, then each part still loading (parts load as they near the
 * screen) until it has loaded, then goes back to the top. Everything is driven
 * from here with bounded waits, never by a loop inside the page: a loop that
 * awaited the page's frames and timers once hung a CI run for three minutes
 * with nothing to say which page or widget it waited on.
 */
export async function wakeAll(page: Page, timeout = 15_000) {
  const islands = page.locator('[data-island]');
  for (let i = 0; i < (await islands.count()); i++) {
    const island = islands.nth(i);
    await island.scrollIntoViewIfNeeded({ timeout });
    const name = await island.getAttribute('data-island');
    // A busy 2-core machine can take a while to run a quiz island's code.
    await expectLive(island, timeout, `island ${i + 1} (${name}) on ${page.url()} is live`);
  }
  // Each part still loading is tagged and brought into view in one synchronous step (it may
  // finish between any two of ours), then waited on until that element has gone: loaded, or
  // turned into a failure line, which callers check for.
  const loading = page.locator('.lazy-line:not(.failed)');
  for (let n = 0; (await loading.count()) > 0; n++) {
    const what = await page.evaluate((tag) => {
      const el = document.querySelector('.lazy-line:not(.failed)');
      el?.setAttribute('data-e2e-waiting', tag);
      el?.scrollIntoView({ block: 'center' });
      return el?.textContent?.trim() ?? null;
    }, String(n));
    if (what === null) break;
    await expect(
      page.locator(`[data-e2e-waiting="${n}"]`),
      `“${what}” on ${page.url()} finishes loading`,
    ).toHaveCount(0, {
      timeout,
    });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
