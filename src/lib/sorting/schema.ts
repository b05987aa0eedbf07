/** Schema for content/sort-tasks.yaml. */
import { z } from 'astro/zod';
import { BUCKETS } from './state.ts';

export const sortTaskSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "run-seo-audit"'),
    task: z.string().trim().min(8).max(90, 'keep a task short (90 characters at most)'),
    answer: z.enum(BUCKETS, {
      error: (issue) => `unknown answer ${JSON.stringify(issue.input)}: use sales, marketing or both`,
    }),
    reason: z
      .string()
      .trim()
      .min(20, 'give a one-sentence reason of at least 20 characters')
      .max(220, 'keep the reason to one sentence (220 characters at most)'),
  })
  .strict();

export type SortTask = z.infer<typeof sortTaskSchema>;

