/** Without JavaScript every chapter is all there, from first heading to last takeaway. */
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';

test.use({ javaScriptEnabled: false });

const chapters = readdirSync('content/chapters')
  .filter((f) => /^\d\d-.+\.mdx$/.test(f))
  .map((f) => {
    const src = readFileSync(`content/chapters/${f}`, 'utf8');
    const headings = [...src.matchAll(/^##\s+(.+)$/gm)].map((m) => m[1]!.trim());
    const title = /^title:\s*(.+)$/m.exec(src)![1]!.trim();
    return { slug: f.replace(/^\d\d-/, '').replace(/\.mdx$/, ''), title, headings };
  });

for (const ch of chapters) {
  test(`chapter "${ch.title}" reads in full without JavaScript`, async ({ page }) => {
    await page.goto(`/chapters/${ch.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ch.title);
    for (const h of ch.headings) {
      // Typography turns straight quotes curly, so match either.
      const name = new RegExp(
        `^${h
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/['’]/g, "['’]")
          .replace(/["“”]/g, '["“”]')}$`,
      );
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
    const words = (await page.locator('.prose').innerText()).split(/\s+/).length;
    expect(words).toBeGreaterThan(600);
  });
}
