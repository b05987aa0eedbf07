/**
 * Every quiz question links back to the section that teaches it. In the built
 * site, follow each question's link (from the question pool the quizzes load)
 * and check that it lands on a heading, that the heading reads as the
 * question's "Re-read" label says, and that it shares a key word with the
 * question. Each `see` link, as the feedback writes it, opens its tool live
 * and with no value corrected.
 */
import { test, expect, waitForIsland } from './support/fixtures';
import { seeLink } from '../../src/lib/quiz/describe';
import { headingStems, stems } from '../unit/support/words';

interface PoolQuestion {
  key: string;
  chapter: string;
  ref: string;
  href: string;
  section: string;
  prompt: string;
  explanation: string;
  options?: { text: string }[];
  items?: (string | { text: string })[];
  categories?: string[];
  pairs?: { item: string; match: string }[];
  distractors?: string[];
  see?: { tool: string; state: Record<string, string | number | boolean> };
}

/** The words a learner reads in the question, as the unit check counts them. */
function questionText(q: PoolQuestion): string {
  return [
    q.prompt,
    q.explanation,
    ...(q.options ?? []).map((o) => o.text),
    ...(q.items ?? []).map((i) => (typeof i === 'string' ? i : i.text)),
    ...(q.categories ?? []),
    ...(q.pairs ?? []).flatMap((p) => [p.item, p.match]),
    ...(q.distractors ?? []),
  ].join(' ');
}

const CHAPTERS = [
  'defining-the-disciplines',
  'the-core-differences',
  'strategies-compared',
  'from-awareness-to-purchase',
  'the-teams',
  'the-customer-journey',
  'working-as-one',
  'the-whole-picture',
];

test.describe('quiz refs in the built site', () => {
  for (const chapter of CHAPTERS) {
    test(`each question of the ${chapter} quiz lands on the heading that teaches it`, async ({
      page,
    }) => {
      const pool = (await (await page.request.get('/quiz/pool.json')).json()) as PoolQuestion[];
      const questions = pool.filter((q) => q.chapter === chapter);
      expect(questions.length).toBeGreaterThan(0);
      for (const q of questions) {
        const [, anchor = ''] = q.ref.split('#');
        expect(q.href, q.key).toMatch(new RegExp(`#${anchor}$`));
        await page.goto(q.href);
        const target = page.locator(':target');
        await expect(target, `${q.key}: ${q.href} lands on nothing`).toHaveCount(1);
        expect(await target.evaluate((el) => el.tagName), q.key).toMatch(/^H[2-4]$/);
        const text = ((await target.textContent()) ?? '').replace(/\s+/g, ' ').trim();
        expect(text, `${q.key}: the "Re-read" label`).toBe(q.section);
        const words = stems(questionText(q), { common: true });
        const sharedWords = [...headingStems(text)].filter((w) => words.has(w));
        expect(sharedWords, `${q.key}: "${text}" shares no key word with the question`).not.toEqual(
          [],
        );
      }
    });
  }

  test('every see link opens its tool in that state, with nothing corrected', async ({ page }) => {
    const pool = (await (await page.request.get('/quiz/pool.json')).json()) as PoolQuestion[];
    const links = pool.filter((q) => q.see);
    expect(links.length).toBeGreaterThan(0);
    for (const q of links) {
      // The same link the feedback shows after a check.
      const link = seeLink(q.see);
      expect(link, q.key).not.toBeNull();
      const res = await page.goto(link!.href);
      expect(res?.status(), q.key).toBe(200);
      const name = await page.locator('[data-island]').first().getAttribute('data-island');
      const island = await waitForIsland(page, name!);
      await expect(island.locator('.notice'), `${q.key}: ${link!.href}`).toHaveCount(0);
    }
  });
});
