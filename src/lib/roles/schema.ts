/** Schema for content/roles.yaml (the content collection and the unit tests share it). */
import { z } from 'astro/zod';
import { stageSchema } from '../journey/schema.ts';
import { HORIZONS, ROLE_IDS } from './state.ts';

const line = z.string().trim().min(3);

export const roleSchema = z
  .object({
    id: z.enum(ROLE_IDS, {
      error: (issue) => `unknown role ${JSON.stringify(issue.input)}: use one of ${ROLE_IDS.join(', ')} (src/lib/roles/state.ts)`,
    }),
    title: z.string().trim().min(3),
    team: z.enum(['sales', 'marketing']),
    mission: z
      .string()
      .trim()
      .min(20, 'write a one-line mission of at least 20 characters')
      .max(160, 'keep the mission to one line (160 characters at most)'),
    responsibilities: z.array(line).min(3, 'list at least three responsibilities'),
    metrics: z.array(line).min(2, 'list at least two metrics the role is judged by'),
    stages: z.array(stageSchema).min(1, 'name at least one stage the role touches'),
    horizon: z.enum(HORIZONS, {
      error: (issue) =>
        `unknown time horizon ${JSON.stringify(issue.input)}: use one of ${HORIZONS.join(', ')}`,
    }),
    tools: z.array(line).min(1),
    leafline: z
      .object({
        /** Who does this at Leafline, e.g. "Sam" or "Nadia, part-time". */
        who: z.string().trim().min(2),
        /** A typical day in this role at Leafline. */
        day: z.string().trim().min(60, 'write a "day in the life" of at least a few sentences'),
      })
      .strict(),
  })
  .strict();

export type Role = z.infer<typeof roleSchema>;

