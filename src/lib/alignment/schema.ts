/** Schema for content/alignment.yaml: the five practices, their statements and next steps. */
import { z } from 'astro/zod';
import { PRACTICE_IDS } from './state.ts';

export const practiceSchema = z
  .object({
    id: z.enum(PRACTICE_IDS, {
      error: (issue) =>
        `unknown practice ${JSON.stringify(issue.input)}: use one of ${PRACTICE_IDS.join(', ')}`,
    }),
    /** The practice's name as the chart and the summary print it. */
    name: z.string().trim().min(3),
    /** A short name for the radar chart's axis labels. */
    short: z.string().trim().min(3).max(18, 'keep the short name to 18 characters'),
    /** Statements a business owner rates from 1 (not at all) to 5 (fully). */
    statements: z
      .array(z.string().trim().min(15))
      .min(2, 'give each practice two or three statements')
      .max(3, 'give each practice two or three statements'),
    /** Concrete next steps, shown when this practice is among the two weakest. */
    steps: z.array(z.string().trim().min(20)).min(2, 'give at least two concrete next steps'),
  })
  .strict();

export type Practice = z.infer<typeof practiceSchema>;
