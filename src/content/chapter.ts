/**
 * The frontmatter every chapter must have. Kept apart from content.config.ts
 * so that unit tests can parse fixtures with exactly the schema the build uses.
 */
import { z } from 'astro/zod';

export const chapterSchema = z
  .object({
    title: z.string().trim().min(3, 'a chapter needs a title of at least 3 characters'),
    order: z.number().int().min(1).max(99),
    summary: z
      .string()
      .trim()
      .min(20, 'write a one-line summary of at least 20 characters')
      .max(200, 'keep the summary to one line (200 characters at most)'),
    objectives: z
      .array(z.string().trim().min(10))
      .min(2, 'list at least two learning objectives')
      .max(6, 'list at most six learning objectives'),
    minutes: z.number().int().min(1).max(60),
  })
  .strict();

export type ChapterFrontmatter = z.infer<typeof chapterSchema>;

/** Chapter files are named NN-slug.mdx; the page lives at /chapters/slug/. */
export function chapterIdFromPath(path: string): string {
  const file = path.split('/').pop() ?? path;
  return file.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}

/** Words a reader reads in a minute, used to check the frontmatter's reading time. */
export const WORDS_PER_MINUTE = 200;

/** Counts words in prose; MDX imports, JSX tags and markup are left out. */
export function countWords(source: string): number {
  const text = source
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>[\]()|-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
