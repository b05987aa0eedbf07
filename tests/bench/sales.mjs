/**
 * Pipeline forecast benchmark (prints figures; it does not pass or fail).
 *
 * 1. The model alone: one recompute (2,000 simulated runs) in Node, median
 *    wall and CPU time, at Leafline's numbers and at the maximum inputs.
 * 2. The page: serves a built site, opens /tools/pipeline/ at the maximum
 *    inputs in headless Chromium, drags the "New deals per week" slider across
 *    its track and prints the longest main-thread task seen during the drag
 *    (goal: none over 50 ms), from the browser's own long-task timing.
 *
 *   npm run build && npm run bench:sales
 *
 * BENCH_DIST names another built site (e.g. a build of main, to compare);
 * BENCH_PORT the port (default 4334); CHROMIUM_PATH the browser.
 */
import { createServer as createHttpServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { createServer } from 'vite';
import { chromium } from '@playwright/test';

const DIST = process.env.BENCH_DIST ?? 'dist';
const PORT = Number(process.env.BENCH_PORT ?? 4334);
const BASE = `http://127.0.0.1:${PORT}`;
/** Every input at the top of its range: the most deals, the longest horizon, the slowest stages. */
const MAX_QUERY = '?deals=200&value=100000&weeks=52&p1=100&p2=100&p3=100&p4=100&w1=12&w2=12&w3=12&w4=12';

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function modelTimes() {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const model = await server.ssrLoadModule('/src/lib/forecast/model.ts');
    const { forecastState } = await server.ssrLoadModule('/src/lib/forecast/state.ts');
    const d = forecastState.defaults;
    const cases = [
      ['Leafline defaults, 52 weeks', { ...d, weeks: 52 }],
      ['maximum inputs', forecastState.parse(MAX_QUERY).values],
    ];
    for (const [name, values] of cases) {
      const input = model.inputFromValues(values);
      for (let i = 0; i < 3; i++) model.forecast({ ...input, seed: i + 1 }); // warm up the JIT
      const times = [];
      const cpu = [];
      for (let i = 0; i < 9; i++) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        model.forecast({ ...input, seed: 100 + i });
        times.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
      }
      // Wall time includes waiting for a busy CPU; CPU time is the work itself.
      console.log(
        `forecast recompute, ${name}, 2,000 runs: median ${median(times).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU`,
      );
    }
  } finally {
    await server.close();
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** A plain static server over the built files, as a host would serve them. */
function serve(dir) {
  const server = createHttpServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, BASE).pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)));
}

async function pageLongTasks() {
  if (!existsSync(join(DIST, 'tools/pipeline/index.html'))) {
    console.log(`No build at ${DIST}: run \`npm run build\` first for the page figures.`);
    return;
  }
  const server = await serve(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${BASE}/tools/pipeline/${MAX_QUERY}`);
    // Live: the new build marks its island; a build of main marks the widget itself.
    await page.locator('[data-island="forecast"][data-hydrated], .forecast[data-ready]').first().waitFor();
    await page.waitForTimeout(1500); // let the first forecast land
    const slider = page.getByRole('slider', { name: 'New deals per week' });
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    const t0 = await page.evaluate(() => performance.now());
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width - 4, y);
    await page.mouse.down();
    // From the top of the track down to a tenth of it and back, in small moves as a hand would.
    for (let i = 0; i <= 30; i++) await page.mouse.move(box.x + box.width - 4 - (i / 30) * box.width * 0.9, y);
    for (let i = 30; i >= 0; i--) await page.mouse.move(box.x + box.width - 4 - (i / 30) * box.width * 0.9, y);
    await page.mouse.up();
    await page.waitForTimeout(3000); // the last recompute settles
    const tasks = await page.evaluate((from) => window.__longTasks.filter((t) => t.start >= from), t0);
    const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
    const over = tasks.filter((t) => t.duration > 50).length;
    // Wall time: on a loaded machine every task stretches, so the load is printed beside it.
    const [load] = loadavg();
    console.log(
      `pipeline page (${DIST}), slider drag at the maximum inputs: longest main-thread task ${longest.toFixed(0)} ms, ${tasks.length} long tasks, ${over} over 50 ms (goal: none); machine load ${load.toFixed(1)} on ${cpus().length} cores`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

await modelTimes().catch((e) => console.log(`model timing skipped: ${e.message}`));
await pageLongTasks();
