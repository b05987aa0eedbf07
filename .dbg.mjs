import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
p.on('response', (r) => r.status() >= 400 && console.log(r.status(), r.url()));
await p.goto('http://127.0.0.1:4336/workshop/one-funnel-two-teams/?slide=8');
await p.waitForTimeout(1500);
await b.close();
