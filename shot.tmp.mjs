import { chromium } from '@playwright/test';
const [,, base, ...specs] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const spec of specs) {
  const [path, width, sel, theme = 'light', name] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme });
  await page.goto(base + path);
  const el = sel ? page.locator(sel).first() : null;
  if (el) await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  const file = `/tmp/shots/${name}.png`;
  if (el) await el.screenshot({ path: file }); else await page.screenshot({ path: file, fullPage: false });
  console.log(file);
  await page.close();
}
await browser.close();
