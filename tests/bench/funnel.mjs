/**
 * Funnel simulator benchmark (prints figures; it does not pass or fail).
 * Serves the built site, opens /tools/funnel/ in headless Chromium and
 * reports, while the flow animation plays, the median frames per second and
 * the 95th-percentile frame time for 1,000 to 20,000 particles; then the
 * model's recompute time measured in the page, and the page's gzipped JS.
 *
 *   npm run build && npm run bench:funnel
 *
 * BENCH_PORT picks the preview port (default 4333); CHROMIUM_PATH the browser.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { measurePages } from './page-weight.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4333);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const COUNTS = [1000, 5000, 10000, 20000];

if (!existsSync('dist/tools/funnel/index.html')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

async function waitFor(url, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The preview server did not start at ${url}.`);
}

const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], {
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);

const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const p95 = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] : NaN;
};

try {
  await waitFor(`${BASE}/tools/funnel/`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'no-preference' });
  console.log(`Funnel flow animation, ${SECONDS} s per run, canvas ${1280 - 100} px wide, headless Chromium`);
  console.log('particles   median fps   p95 frame (ms)   median frame (ms)   frames   draw median / p95 (ms)');
  const rows = [];
  for (const n of COUNTS) {
    await page.goto(`${BASE}/tools/funnel/?reach=${n}&bench=1`);
    const canvas = page.locator('canvas');
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => '__funnelBench' in window);
    // Pause the autoplayed month (if any), then play continuously.
    const play = page.getByRole('button', { name: 'Play', exact: true });
    const pause = page.getByRole('button', { name: 'Pause', exact: true });
    if (await pause.isVisible()) await pause.click();
    await play.click();
    await page.waitForTimeout(600);
    await page.evaluate(() => (window.__funnelBench.draws.length = 0));
    const deltas = await page.evaluate(
      (seconds) =>
        new Promise((resolve) => {
          const out = [];
          let last = 0;
          const end = performance.now() + seconds * 1000;
          const tick = (now) => {
            if (last) out.push(now - last);
            last = now;
            if (now < end) requestAnimationFrame(tick);
            else resolve(out);
          };
          requestAnimationFrame(tick);
        }),
      SECONDS,
    );
    const med = median(deltas);
    const draws = await page.evaluate(() => window.__funnelBench.draws.slice());
    const row = { n, fps: 1000 / med, p95: p95(deltas), med, frames: deltas.length, draw: median(draws), drawP95: p95(draws) };
    rows.push(row);
    console.log(
      `${String(n).padStart(9)}   ${row.fps.toFixed(1).padStart(10)}   ${row.p95.toFixed(1).padStart(14)}   ${row.med.toFixed(1).padStart(17)}   ${String(row.frames).padStart(6)}   ${row.draw.toFixed(2).padStart(8)} / ${row.drawP95.toFixed(2)}`,
    );
    await pause.click();
  }
  const recompute = await page.evaluate(() => window.__funnelBench.recompute(100, 200));
  console.log(`\nModel recompute (forward + goal + 12-month simulation), median of 100 batches of 200: ${(recompute * 1000).toFixed(1)} µs (${recompute.toFixed(4)} ms)`);
  for (const w of measurePages('dist').filter((p) => p.page === '/tools/funnel/' || p.page.startsWith('/chapters/from-awareness'))) {
    console.log(
      `${w.page}: JS ${(w.js.gz / 1024).toFixed(1)} KB gzipped (${w.js.files.length} files, budget 40 KB), CSS ${(w.css.gz / 1024).toFixed(1)} KB, HTML ${(w.html.gz / 1024).toFixed(1)} KB`,
    );
  }
  const [load1] = (await import('node:os')).loadavg();
  console.log(`Machine load average while measuring: ${load1.toFixed(1)} (frame pacing suffers when it is above the core count)`);
  const ten = rows.find((r) => r.n === 10000);
  if (ten) {
    const ok = ten.fps >= 55 && ten.p95 < 20;
    console.log(`Goal at 10,000 particles (≥ 55 fps median, p95 < 20 ms): ${ok ? 'met' : 'not met'}`);
  }
  await browser.close();
} finally {
  stopServer();
}
