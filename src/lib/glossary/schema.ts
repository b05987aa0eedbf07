/** Glossary entries: one term, a short definition, and the chapter that introduces it. */
import { z } from 'astro/zod';

export const glossaryEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "win-rate"'),
    term: z.string().trim().min(2),
    definition: z
      .string()
      .trim()
      .min(20, 'write a definition of one or two sentences')
      .max(400, 'keep the definition to one or two sentences (400 characters at most)'),
    /** Chapter id (slug) that introduces the term. */
    chapter: z.string().regex(/^[a-z0-9-]+$/),
    /** Other spellings a reader might search for. */
    aliases: z.array(z.string()).default([]),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
