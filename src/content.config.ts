/**
 * Content collections. Each schema lives next to its domain in src/lib so unit
 * tests can use it; a file that breaks a schema fails the build, and Astro's
 * message names the file and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, chapterIdFromPath } from './lib/content/chapter.ts';
import { glossaryEntrySchema } from './lib/glossary/schema.ts';
import { salesStepSchema, scenarioSchema } from './lib/sales/schema.ts';

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

/** The six steps of a sale, in order (content/sales-process.yaml). */
const salesSteps = defineCollection({
  loader: file('./content/sales-process.yaml'),
  schema: salesStepSchema,
});

/**
 * Role-play scenarios, one YAML file each. The schema checks the conversation
 * graph too, so a dangling reply or an unreachable node fails the build; the
 * entry id in Astro's message is the file name.
 */
const roleplay = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/roleplay' }),
  schema: scenarioSchema,
});

export const collections = { chapters, glossary, salesSteps, roleplay };
