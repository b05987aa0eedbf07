import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto('http://127.0.0.1:4332/tools/pipeline/' + (process.argv[2] ?? ''));
await p.locator('[data-island="forecast"][data-hydrated]').waitFor();
await p.waitForTimeout(2000);
const r = await p.evaluate(async () => {
  const el = document.querySelector('input[type=range]');
  const js = [], layout = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    el.value = String(Number(el.value) - 1);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve(); await Promise.resolve();
    const t1 = performance.now();
    document.body.offsetHeight;
    const t2 = performance.now();
    js.push(t1 - t0); layout.push(t2 - t1);
    await new Promise((r) => setTimeout(r, 50));
  }
  const med = (a) => a.sort((x, y) => x - y)[10].toFixed(1);
  return { js: med(js), layout: med(layout) };
});
console.log(r);
await b.close();
