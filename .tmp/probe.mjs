import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
p.on('worker', (w) => console.log('worker', w.url()));
p.on('console', (m) => console.log('console', m.type(), m.text()));
await p.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true }); });
await p.goto('http://127.0.0.1:4332/tools/pipeline/?deals=200&value=100000&weeks=52&p1=100&p2=100&p3=100&p4=100&w1=12&w2=12&w3=12&w4=12');
await p.locator('[data-island="forecast"][data-hydrated]').waitFor();
await p.waitForTimeout(3000);
console.log('load long tasks', await p.evaluate(() => window.__lt.splice(0)));
const s = p.getByRole('slider', { name: 'New deals per week' });
await s.focus();
for (let i = 0; i < 10; i++) { await p.keyboard.press('ArrowLeft'); }
await p.waitForTimeout(3000);
console.log('key long tasks', await p.evaluate(() => window.__lt.splice(0)));
await p.evaluate(() => { const t0 = performance.now(); window.__t = t0; });
const t = await p.evaluate(async () => { const el = document.querySelector('input[type=range]'); const t0 = performance.now(); el.value = String(Number(el.value) - 5); el.dispatchEvent(new Event('input', { bubbles: true })); return performance.now() - t0; });
console.log('one input sync ms', t);
await b.close();
