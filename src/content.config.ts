/**
 * Content collections. Each schema lives next to its domain in src/lib so unit
 * tests can use it; a file that breaks a schema fails the build, and Astro's
 * message names the file and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, chapterIdFromPath } from './lib/content/chapter.ts';
import { glossaryEntrySchema } from './lib/glossary/schema.ts';
import { recapSchema } from './lib/recap/schema.ts';
import { scenarioSchema } from './lib/funnel/schema.ts';
import { salesStepSchema, roleplaySchema } from './lib/sales/schema.ts';

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

/** Chapter 8's recap of Maria's journey: one entry, "journey", its moments in order. */
const recap = defineCollection({
  loader: file('./content/recap.yaml'),
  schema: recapSchema,
});

/** Funnel presets: one YAML file per scenario, id from the file name. */
const scenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/scenarios' }),
  schema: scenarioSchema,
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
  schema: roleplaySchema,
});

export const collections = { chapters, glossary, recap, scenarios, salesSteps, roleplay };
