import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const scheme of ['light', 'dark']) {
  const p = await b.newPage({ viewport: { width: 1760, height: 1000 }, colorScheme: scheme });
  await p.goto('http://127.0.0.1:4332/dev-stage/');
  await p.waitForTimeout(2500);
  const boxes = p.locator('body > div');
  const n = await boxes.count();
  for (let i = 0; i < n; i++) await boxes.nth(i).screenshot({ path: `.tmp/stage-${i}-${scheme}.png` });
  // overflow check: any descendant whose box extends past the container
  const over = await p.evaluate(() => [...document.querySelectorAll('body > div')].map((box) => {
    const r = box.getBoundingClientRect();
    let bad = 0, minFont = 99;
    for (const el of box.querySelectorAll('*')) {
      const e = el.getBoundingClientRect();
      if (e.width && (e.bottom > r.bottom + 1 || e.right > r.right + 1)) bad++;
      if (el.getBoundingClientRect().width > 1 && [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim())) { const f = parseFloat(getComputedStyle(el).fontSize); if (f < minFont) { minFont = f; window.__minEl = el.outerHTML.slice(0, 80); } }
    }
    return { bad, minFont, el: window.__minEl };
  }));
  console.log(scheme, JSON.stringify(over));
  await p.close();
}
await b.close();
