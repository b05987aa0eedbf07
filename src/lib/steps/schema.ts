/**
 * Content schema for the six-step process (`content/sales-process.yaml`):
 * every field of every step, and exactly the six steps in order.
 */
import { z } from 'astro/zod';
import { SALES_STEPS } from './model.ts';

const prose = (min: number, what: string) =>
  z.string().trim().min(min, `write ${what} (at least ${min} characters)`);

export const salesStepSchema = z
  .object({
    id: z.enum(SALES_STEPS),
    title: z.string().trim().min(3),
    goal: prose(20, 'the goal of the step'),
    salesperson: prose(30, 'what the salesperson does'),
    buyer: prose(20, 'what the buyer is thinking'),
    example: prose(40, 'a Leafline example'),
    mistake: prose(20, 'a common mistake'),
    metric: prose(10, 'the metric that shows the step works'),
    marketing: prose(20, 'where marketing feeds in'),
    skipped: prose(20, 'what goes wrong when a salesperson skips the step'),
  })
  .strict();

/** The whole file: exactly the six steps, in order. */
export const salesProcessSchema = z.array(salesStepSchema).superRefine((steps, ctx) => {
  const ids = steps.map((s) => s.id).join(', ');
  if (ids !== SALES_STEPS.join(', ')) {
    ctx.addIssue({
      code: 'custom',
      message: `list the six steps in this order: ${SALES_STEPS.join(', ')} (found: ${ids || 'none'})`,
    });
  }
});
