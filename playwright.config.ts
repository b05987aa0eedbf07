import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's Chromium where Playwright's own browser cannot be downloaded. */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

const PORT = Number(process.env.E2E_PORT ?? 4329);
const BASE = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // A flaky test is a failing test: no retries, and a test that passes only on a retry fails the run.
  retries: 0,
  failOnFlakyTests: true,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: BASE,
    browserName: 'chromium',
    // A failing test keeps its screenshot and the page's accessibility snapshot (error-context.md).
    // Recording a trace for every test made the axe sweep 25% slower on 2 cores (2.5 vs 2.0 min);
    // to record one, run the spec again with `--trace retain-on-failure`.
    trace: 'off',
    screenshot: 'only-on-failure',
    // Every fresh context would install the service worker and precache the whole site (220 files);
    // the specs about it (offline, csp) allow it where they test it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
  // The built site, served as a static host would: `npm run test:e2e` builds first.
  webServer: {
    command: `npx astro preview --port ${PORT} --host 127.0.0.1`,
    url: BASE,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
