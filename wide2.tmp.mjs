import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
await page.goto('http://127.0.0.1:4338' + process.argv[2]);
await page.waitForTimeout(1500);
const r = await page.evaluate(() => {
  const out = [];
  let el = document.querySelector('.range-field');
  while (el && el.tagName !== 'MAIN') { const b = el.getBoundingClientRect(); const cs = getComputedStyle(el); out.push(`${el.tagName}.${(el.className||'').toString().slice(0,30)} l=${Math.round(b.left)} r=${Math.round(b.right)} w=${Math.round(b.width)} pad=${cs.paddingLeft}/${cs.paddingRight} minw=${cs.minWidth}`); el = el.parentElement; }
  return out;
});
console.log(r.join('\n'));
await browser.close();
