import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1760, height: 800 } });
await p.goto('http://127.0.0.1:4332/dev-stage/');
await p.waitForTimeout(2000);
console.log(await p.evaluate(() => {
  const box = document.querySelectorAll('body > div')[3];
  const q = (s) => { const e = box.querySelector(s); const r = e.getBoundingClientRect(); return `${s}: top ${Math.round(r.top)} h ${Math.round(r.height)} bottom ${Math.round(r.bottom)}`; };
  return [q('[data-island]'), q('.forecast'), q('.stage-layout'), q('.stage-main'), q('.figures'), q('.stage-chart'), q('.stage-key'), `box bottom ${Math.round(box.getBoundingClientRect().bottom)}`].join('\n');
}));
await b.close();
