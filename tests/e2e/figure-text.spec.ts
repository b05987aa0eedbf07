/**
 * Figures a reader can read: on every chapter and tool page, every SVG <text>
 * and every label, legend, caption and table cell in a figure or widget renders
 * at 12 px or more, on a 375 px phone and at 1280 px; and no figure, table or
 * widget is wider than its box from 320 to 1920 px.
 *
 * The rendered size of an SVG text is its font size times the scale the SVG is
 * drawn at (the screen CTM), so a 14-unit label in a 640-unit viewBox squeezed
 * into 330 px reads as 7.2 px, which is what a reader sees.
 */
import type { Page } from '@playwright/test';
import { test, expect, builtSitemapPaths, wakeAll } from './support/fixtures';

const MIN_PX = 12;
const pages = builtSitemapPaths().filter((p) => /^\/(chapters|tools)\/./.test(p));

interface Small {
  px: number;
  text: string;
  where: string;
}

/** The smallest rendered text of each kind we promise to keep readable. */
async function smallTexts(page: Page): Promise<{ smallest: Small | null; below: Small[] }> {
  return page.evaluate((min) => {
    const shown = (el: Element) => {
      const s = getComputedStyle(el);
      return (
        s.visibility !== 'hidden' &&
        s.display !== 'none' &&
        el.getClientRects().length > 0 &&
        !el.closest('[hidden]')
      );
    };
    const where = (el: Element) => {
      const box = el.closest('[data-island], [data-widget], figure, .island, astro-island');
      const name =
        box?.getAttribute('data-island') ??
        box?.getAttribute('data-widget') ??
        box?.querySelector('figcaption')?.textContent?.slice(0, 40) ??
        box?.tagName.toLowerCase() ??
        'page';
      return `${el.tagName.toLowerCase()} in ${name}`;
    };
    const out: { px: number; text: string; where: string }[] = [];
    for (const t of document.querySelectorAll('svg text')) {
      const text = t.textContent?.trim() ?? '';
      if (!text || !shown(t)) continue;
      const m = (t as SVGGraphicsElement).getScreenCTM();
      if (!m) continue;
      const scale = Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      out.push({ px: parseFloat(getComputedStyle(t).fontSize) * scale, text, where: where(t) });
    }
    const labels = document.querySelectorAll(
      'main label, main legend, main figcaption, main figure th, main figure td, main [data-island] th, main [data-island] td, main astro-island th, main astro-island td',
    );
    for (const l of labels) {
      const text = l.textContent?.trim() ?? '';
      if (!text || !shown(l)) continue;
      out.push({
        px: parseFloat(getComputedStyle(l).fontSize),
        text: text.slice(0, 40),
        where: where(l),
      });
    }
    out.sort((a, b) => a.px - b.px);
    const round = (s: { px: number; text: string; where: string }) => ({
      ...s,
      px: Math.round(s.px * 10) / 10,
    });
    return {
      smallest: out[0] ? round(out[0]) : null,
      below: out
        .filter((s) => s.px < min - 0.05)
        .slice(0, 8)
        .map(round),
    };
  }, MIN_PX);
}


/** Checks the text sizes at one width, noting the smallest in the report. */
async function expectReadable(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(() => new Promise(requestAnimationFrame));
  const { smallest, below } = await smallTexts(page);
  if (smallest)
    test.info().annotations.push({
      type: `smallest at ${width} px`,
      description: `${smallest.px} px: ${smallest.where} “${smallest.text}”`,
    });
  expect(below, `texts under ${MIN_PX} px at ${width} px`).toEqual([]);
}

// One load per page (waking every island is the slow part): text sizes on a
// phone and a laptop, then the widths from 320 to 1920 px.
test.describe('figures a reader can read', () => {
  for (const path of pages) {
    test(`${path}: every text is at least ${MIN_PX} px at 375 and 1280 px, and nothing overflows from 320 to 1920 px`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize({ width: 375, height: 900 });
      await page.goto(path);
      await wakeAll(page);
      for (const width of [375, 1280]) await test.step(`text at ${width} px`, () => expectReadable(page, width));
      for (const width of [320, 375, 768, 1280, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        const over = await page.evaluate(() => {
          const found: string[] = [];
          const doc = document.documentElement;
          if (doc.scrollWidth > doc.clientWidth + 1)
            found.push(`page is ${doc.scrollWidth} px wide`);
          const boxes = document.querySelectorAll(
            'main figure, main .figure-body, main table, main [data-island], main svg',
          );
          const clips = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
          for (const el of boxes) {
            if (el.getClientRects().length === 0) continue;
            const name = `${el.tagName.toLowerCase()}${el.getAttribute('data-island') ? `[${el.getAttribute('data-island')}]` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''}`;
            // A figure, or a table in the prose, must fit without scrolling sideways.
            const mustFit =
              el.matches('.figure-body') ||
              (el.matches('table') && !el.closest('[data-island], astro-island'));
            if (mustFit && el.scrollWidth > el.clientWidth + 1) {
              found.push(`${name} scrolls sideways (${el.scrollWidth} in ${el.clientWidth} px)`);
              continue;
            }
            // Inside a widget's own scroll region, content may be wider by design (it scrolls).
            let clip: Element | null = el.parentElement;
            while (clip && clip !== document.body && !clips(clip)) clip = clip.parentElement;
            if (clip && clip !== document.body && !clip.matches('.figure-body')) continue;
            const box = el.getBoundingClientRect();
            // An island may bleed into the page's side padding on a phone (Island.astro), not past the screen.
            const ref = el.matches('[data-island]')
              ? { left: 0, right: doc.clientWidth }
              : (el.parentElement ?? doc).getBoundingClientRect();
            const out = Math.max(box.right - ref.right, ref.left - box.left);
            if (out > 1) found.push(`${name} sticks out of its box by ${Math.round(out)} px`);
          }
          return [...new Set(found)].slice(0, 8);
        });
        expect(over, `overflow at ${width} px`).toEqual([]);
      }
    });
  }
});
