/**
 * Content collections. Each schema lives next to its domain in src/lib so unit
 * tests can use it; a file that breaks a schema fails the build, and Astro's
 * message names the file and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, chapterIdFromPath } from './lib/content/chapter.ts';
import { glossaryEntrySchema } from './lib/glossary/schema.ts';
import { quizFileSchema } from './lib/quiz/schema.ts';

const chapters = defineCollection({
  loader: glob({
    pattern: '[0-9][0-9]-*.mdx',
    base: './content/chapters',
    generateId: ({ entry }) => chapterIdFromPath(entry),
  }),
  schema: chapterSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: glossaryEntrySchema,
});

/** One quiz per chapter: content/quizzes/<chapter-id>.yaml; refs are checked in src/lib/quiz/content.ts. */
const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: quizFileSchema,
});

export const collections = { chapters, glossary, quizzes };
