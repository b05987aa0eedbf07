import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const base = 'http://127.0.0.1:4336';
const shots = JSON.parse(process.argv[2]);
for (const s of shots) {
  const ctx = await b.newContext({ viewport: { width: s.w, height: s.h }, colorScheme: s.theme ?? 'light' });
  const p = await ctx.newPage();
  p.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  await p.goto(base + s.url);
  await p.waitForTimeout(800);
  for (const k of s.keys ?? []) { await p.keyboard.press(k); await p.waitForTimeout(150); }
  await p.waitForTimeout(400);
  await p.screenshot({ path: `/tmp/ws-shots/${s.name}.png`, fullPage: !!s.full });
  await ctx.close();
}
await b.close();
