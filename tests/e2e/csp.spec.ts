/**
 * The Content-Security-Policy as shipped: dist/_headers (what Netlify or
 * Cloudflare Pages send) and each page's <meta http-equiv>. The site is
 * served here with its _headers by scripts/serve.mjs, since `astro preview`
 * ignores that file. Every page, with its widgets woken up and used, reports
 * no violation; an injected inline script is refused.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtSitemapPaths, wakeAll } from './support/fixtures';
import { parseHeadersFile, serve } from '../../scripts/serve.mjs';

const PATHS = builtSitemapPaths();
const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const all = new Map(rules.find((r) => r.pattern === '/*')!.headers);

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k!, v]),
  );
}

let origin = '';
let close: () => Promise<void> = async () => {};
test.beforeAll(async () => {
  ({ origin, close } = await serve('dist'));
});
test.afterAll(async () => close());

/** Records policy violations and console errors from the first script on. */
async function watch(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(
        `${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  return {
    errors,
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

test.describe('the policy as written', () => {
  const csp = directives(all.get('Content-Security-Policy')!);

  test('scripts: this origin and hashed inline scripts only, WebAssembly for search', () => {
    const script = csp.get('script-src')!;
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(script.slice(2).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toBe(true);
    expect(script.length).toBeGreaterThan(2);
  });

  test('no plugins, no <base>, no framing, workers from this origin', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  test('the other headers', () => {
    expect(all.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    const perms = all.get('Permissions-Policy')!;
    expect(perms).toContain('fullscreen=(self)');
    expect(perms).toContain('window-management=(self)');
    for (const denied of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'])
      expect(perms).toContain(denied);
    const astro = new Map(rules.find((r) => r.pattern === '/_astro/*')!.headers);
    expect(astro.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(new Map(rules.find((r) => r.pattern === '/sw.js')!.headers).get('Cache-Control')).toBe(
      'no-cache',
    );
  });

  test('each page’s meta policy is the header’s, less frame-ancestors, with that page’s hashes', () => {
    const header = all.get('Content-Security-Policy')!;
    for (const path of PATHS) {
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      const meta = directives(
        html.match(/<meta http-equiv="content-security-policy" content="([^"]+)">/)![1]!,
      );
      expect(meta.has('frame-ancestors')).toBe(false);
      for (const [k, v] of directives(header)) {
        if (k === 'frame-ancestors') continue;
        if (k === 'script-src') expect(v).toEqual(expect.arrayContaining(meta.get(k)!));
        else expect(meta.get(k), `${path} ${k}`).toEqual(v);
      }
      expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(
        html.indexOf('<script'),
      );
    }
  });
});

test.describe('in the browser, with the headers sent', () => {
  test.use({ serviceWorkers: 'allow' });
  test.describe('page by page', () => {
    // The service worker has its own spec; here it would only slow the walk.
    test.use({ serviceWorkers: 'block' });
    test(`no violation on any of the ${PATHS.length} pages, widgets woken and used`, async ({
      page,
    }) => {
      test.setTimeout(200_000);
      const w = await watch(page);
      for (const path of PATHS) {
        const res = await page.goto(origin + path);
        expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
        await wakeAll(page);
        await page.waitForLoadState('networkidle');
        // Use what is there: every slider moved with the keyboard (the widgets redraw).
        const sliders = page.getByRole('slider');
        for (let i = 0; i < Math.min(4, await sliders.count()); i++) {
          await sliders.nth(i).focus();
          await page.keyboard.press('ArrowRight');
        }
        expect(await w.violations(), path).toEqual([]);
      }
      expect(w.errors).toEqual([]);
    });
  });

  test('search (WebAssembly, a worker), the theme toggle and the service worker run under it', async ({
    page,
  }) => {
    const w = await watch(page);
    await page.goto(origin + '/');
    await page.locator('[data-theme-toggle]').click();
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByRole('searchbox').fill('funnel');
    await expect(dialog.getByRole('status')).toContainText('funnel');
    await expect(dialog.locator('.search-results a').first()).toBeVisible();
    await expect(page.locator('footer').getByText('Available offline')).toBeVisible({
      timeout: 30_000,
    });
    expect(await w.violations()).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  test('an injected inline script is blocked', async ({ page }) => {
    const w = await watch(page);
    await page.goto(origin + '/about/');
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      const b = document.createElement('button');
      b.setAttribute('onclick', 'window.__injected = true');
      document.body.append(b);
      b.click();
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect((await w.violations()).some((v) => v.startsWith('script-src'))).toBe(true);
  });
});

// The build under test runs without SITE_URL, as `npm install && npm start` does.
test.describe('deployable as built, without SITE_URL', () => {
  test('no canonical link, no placeholder or localhost address in head, sitemap or robots.txt', () => {
    for (const path of PATHS) {
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, path).not.toContain('rel="canonical"');
      expect(head, path).not.toMatch(/localhost|\.invalid/);
    }
    for (const f of ['sitemap-index.xml', 'sitemap-0.xml']) {
      const locs = [...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(locs.length).toBeGreaterThan(0);
      for (const loc of locs) expect(loc).toMatch(/^\/(?!\/)/); // a path, not //host
    }
    const robots = readFileSync('dist/robots.txt', 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n$/);
  });
});
