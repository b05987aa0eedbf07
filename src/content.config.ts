/**
 * Content collections. Each schema lives next to its domain in src/lib so unit
 * tests can use it; a file that breaks a schema fails the build, and Astro's
 * message names the file and the field.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
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

/** A collection kept in one YAML file under content/, an entry per item. */
function inFile<S extends z.ZodType>(name: string, schema: S) {
  return defineCollection({ loader: file(`./content/${name}`), schema });
}

/** A collection of YAML files in one folder under content/, an entry per file (id from the file name). */
function inFolder<S extends z.ZodType>(folder: string, schema: S) {
  return defineCollection({ loader: glob({ pattern: '*.yaml', base: `./content/${folder}` }), schema });
}

export const collections = {
  /** The Leafline canon: one entry, "leafline" (people, rhythm, customers, stories; no funnel numbers). */
  leafline: inFile('leafline.yaml', canonSchema),
  chapters: defineCollection({
    loader: glob({
      pattern: '[0-9][0-9]-*.mdx',
      base: './content/chapters',
      generateId: ({ entry }) => chapterIdFromPath(entry),
    }),
    schema: chapterSchema,
  }),
  glossary: inFile('glossary.yaml', glossaryEntrySchema),
  /** Chapter 8's recap of Maria's journey: one entry, "journey", its moments in order. */
  recap: inFile('recap.yaml', recapSchema),
  /** Funnel presets: one YAML file per scenario, id from the file name. */
  scenarios: inFolder('scenarios', scenarioSchema),
  /** The six steps of a sale, in order (content/sales-process.yaml). */
  salesSteps: inFile('sales-process.yaml', salesStepSchema),
  /**
   * Role-play scenarios, one YAML file each. The schema checks the conversation
   * graph too, so a dangling reply or an unreachable node fails the build; the
   * entry id in Astro's message is the file name.
   */
  roleplay: inFolder('roleplay', roleplaySchema),
  /** The nine roles of the two teams (role explorer, chapter 5). */
  roles: inFile('roles.yaml', roleSchema),
  /** Tasks for the "Who does it?" sorting game (chapter 2). */
  sortTasks: inFile('sort-tasks.yaml', sortTaskSchema),
  /** Maria's journey, phase by phase (journey map, chapter 6). */
  journey: inFile('journey.yaml', journeyPhaseSchema),
  /** The five alignment practices (scorecard, chapter 7). */
  alignment: inFile('alignment.yaml', practiceSchema),
  /** One quiz per chapter: content/quizzes/<chapter-id>.yaml; refs are checked in src/content/quiz.ts. */
  quizzes: inFolder('quizzes', quizFileSchema),
  /** Workshop decks, one YAML file each (content/workshops/<id>.yaml); stations and room questions are checked in src/pages/workshop/_decks.ts. */
  workshops: inFolder('workshops', deckSchema),
};
