/**
 * Prints how long one pipeline-forecast recompute takes: 52 weeks, 2,000
 * simulated runs, Leafline's default stages (goal: under 50 ms). A figure to
 * read, not a pass/fail test: the machine's load moves it.
 */
import { createServer } from 'vite';

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { forecast, inputFromValues, FORECAST_SPEC } = await server.ssrLoadModule('/src/lib/sales/forecast.ts');
  const { defaultsOf } = await server.ssrLoadModule('/src/lib/url-state/index.ts');
  const cases = [
    ['Leafline defaults, 52 weeks', { ...defaultsOf(FORECAST_SPEC), weeks: 52 }],
    ['busy pipeline (60 deals a week, slow stages), 52 weeks', { ...defaultsOf(FORECAST_SPEC), weeks: 52, deals: 60, w1: 3, w2: 3, w3: 4, w4: 3 }],
  ];
  for (const [name, values] of cases) {
    const input = inputFromValues(values, 2000);
    for (let i = 0; i < 5; i++) forecast({ ...input, seed: i + 1 }); // warm up the JIT
    const times = [];
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now();
      forecast({ ...input, seed: 100 + i });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const worst = times[times.length - 1];
    console.log(
      `forecast recompute, ${name}, 2,000 runs: median ${median.toFixed(1)} ms, slowest ${worst.toFixed(1)} ms (goal < 50 ms)`,
    );
  }
} finally {
  await server.close();
}
