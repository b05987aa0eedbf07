import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const [w, scheme] of [[375, 'light'], [1280, 'dark']]) {
  for (const path of ['tools/sales-process/?step=2', 'tools/roleplay/?conversation=brightwell-price&replies=0', 'tools/pipeline/']) {
    const p = await b.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
    await p.goto('http://127.0.0.1:4332/' + path);
    const name = path.split('/')[1];
    await p.locator('[data-island][data-hydrated]').first().scrollIntoViewIfNeeded();
    await p.locator('[data-island][data-hydrated]').first().waitFor();
    await p.waitForTimeout(800);
    await p.screenshot({ path: `.tmp/page-${name}-${w}-${scheme}.png` });
    await p.close();
  }
}
await b.close();
