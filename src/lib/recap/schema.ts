/**
 * One moment of Maria's journey (chapter 8's recap): what she does, which team
 * acts and why, and where it sits in the funnel or the sales process.
 * Kept apart from content.config.ts so unit tests parse content/recap.yaml with
 * exactly the schema the build uses.
 */
import { z } from 'astro/zod';
import { TEAMS_AND_BOTH } from '../vocabulary/teams.ts';
import { MAX_MOMENTS, RECAP_ICON_NAMES, RECAP_MOMENTS } from './moments.ts';

export const momentSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "books-walkthrough"'),
    /** A short headline for the moment, e.g. "A video in her feed". */
    title: z.string().trim().min(3).max(60, 'keep the title under 60 characters'),
    /** What Maria does, in one or two sentences. */
    action: z.string().trim().min(20).max(320),
    team: z.enum(TEAMS_AND_BOTH as readonly ['marketing', 'sales', 'both']),
    /** Who at Leafline acts, e.g. "Kofi and Ava". */
    who: z.string().trim().min(2).max(60),
    /** Why it is that team's moment, in one or two sentences. */
    why: z.string().trim().min(20).max(360),
    /** Where it sits: one stage, or several in a row (e.g. objection handling, then closing). */
    stages: z
      .array(z.enum(RECAP_MOMENTS))
      .min(1, 'name at least one stage')
      .max(4)
      .refine((s) => s.every((x, i) => i === 0 || RECAP_MOMENTS.indexOf(x) > RECAP_MOMENTS.indexOf(s[i - 1]!)), {
        message: 'list the stages in the order they happen, each once',
      }),
    icon: z.enum(RECAP_ICON_NAMES),
    /** An optional figure from Leafline's month, e.g. "20,000 people reached". */
    figure: z.string().trim().min(3).max(80).optional(),
  })
  .strict();

export type Moment = z.infer<typeof momentSchema>;

/**
 * The whole recap: one entry ("journey") in content/recap.yaml, so the order of
 * the moments is the order of the list (a collection of separate entries would
 * not keep it).
 */
export const recapSchema = z
  .object({
    /** Visible title of the widget. */
    title: z.string().trim().min(3).max(80),
    moments: z
      .array(momentSchema)
      .min(2, 'a journey needs at least two moments')
      .max(MAX_MOMENTS, `keep the recap to ${MAX_MOMENTS} moments at most`)
      .superRefine((moments, ctx) => {
        const seen = new Set<string>();
        moments.forEach((m, i) => {
          if (seen.has(m.id)) {
            ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `the id "${m.id}" is used twice` });
          }
          seen.add(m.id);
        });
      }),
  })
  .strict();

export type Recap = z.infer<typeof recapSchema>;
