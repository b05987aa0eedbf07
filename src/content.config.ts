/**
 * Content collections. Each schema lives next to its domain in src/lib so unit
 * tests can use it; a file that breaks a schema fails the build, and Astro's
 * message names the file and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, chapterIdFromPath } from './content/chapter.ts';
import { glossaryEntrySchema } from './lib/glossary/schema.ts';
import { quizFileSchema } from './lib/quiz/schema.ts';
import { recapSchema } from './lib/recap/schema.ts';
import { scenarioSchema } from './lib/funnel/schema.ts';
import { salesStepSchema } from './lib/steps/schema.ts';
import { roleplaySchema } from './lib/roleplay/schema.ts';
import { roleSchema } from './lib/roles/schema.ts';
import { sortTaskSchema } from './lib/sorting/schema.ts';
import { journeyPhaseSchema } from './lib/journey/schema.ts';
import { practiceSchema } from './lib/alignment/schema.ts';
import { deckSchema } from './lib/workshop/schema.ts';
import { canonSchema } from './lib/canon/schema.ts';

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

/** One quiz per chapter: content/quizzes/<chapter-id>.yaml; refs are checked in src/content/quiz.ts. */
const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: quizFileSchema,
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

/** The nine roles of the two teams (role explorer, chapter 5). */
const roles = defineCollection({
  loader: file('./content/roles.yaml'),
  schema: roleSchema,
});

/** Tasks for the "Who does it?" sorting game (chapter 2). */
const sortTasks = defineCollection({
  loader: file('./content/sort-tasks.yaml'),
  schema: sortTaskSchema,
});

/** Maria's journey, phase by phase (journey map, chapter 6). */
const journey = defineCollection({
  loader: file('./content/journey.yaml'),
  schema: journeyPhaseSchema,
});

/** The five alignment practices (scorecard, chapter 7). */
const alignment = defineCollection({
  loader: file('./content/alignment.yaml'),
  schema: practiceSchema,
});

/** Workshop decks, one YAML file each (content/workshops/<id>.yaml); stations and room questions are checked in src/pages/workshop/_decks.ts. */
const workshops = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/workshops' }),
  schema: deckSchema,
});

/** The Leafline canon: one entry, "leafline" (people, rhythm, customers, stories; no funnel numbers). */
const leafline = defineCollection({
  loader: file('./content/leafline.yaml'),
  schema: canonSchema,
});

export const collections = {
  leafline,
  chapters,
  glossary,
  recap,
  scenarios,
  salesSteps,
  roleplay,
  roles,
  sortTasks,
  journey,
  alignment,
  quizzes,
  workshops,
};
