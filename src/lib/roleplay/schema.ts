/**
 * Content schema for the role-play scenarios (`content/roleplay/*.yaml`). It
 * runs the graph validation, so a broken scenario fails `astro build` with a
 * message naming the node; Astro names the collection entry, which is the file name.
 */
import { z } from 'astro/zod';
import { SKILLS, ENDING_KINDS, validateScenarioGraph } from './graph.ts';

const meterValue = z.number().min(0).max(100);
const effect = z.number().int().min(-50).max(50);

export const replySchema = z
  .object({
    text: z.string().trim().min(5),
    next: z.string().trim().min(1),
    effects: z
      .object({ trust: effect, need: effect, urgency: effect })
      .strict(),
    skill: z.enum(SKILLS),
    explanation: z.string().trim().min(1, 'every reply needs an explanation for the debrief'),
  })
  .strict();

export const nodeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'node ids are lower-case words joined by hyphens'),
    /** What the buyer says at this point. */
    line: z.string().trim().min(2),
    replies: z.array(replySchema).default([]),
    ending: z
      .object({
        kind: z.enum(ENDING_KINDS),
        title: z.string().trim().min(3),
        summary: z.string().trim().min(20),
      })
      .strict()
      .optional(),
  })
  .strict();

export const roleplaySchema = z
  .object({
    title: z.string().trim().min(5),
    summary: z.string().trim().min(20),
    order: z.number().int().default(100),
    seller: z.object({ name: z.string().trim().min(1), role: z.string().trim().min(3) }).strict(),
    buyer: z
      .object({
        name: z.string().trim().min(1),
        role: z.string().trim().min(3),
        needs: z.string().trim().min(10),
      })
      .strict(),
    start: z.string().trim().min(1),
    /** Where the trust, need and urgency meters start, 0–100. */
    meters: z.object({ trust: meterValue, need: meterValue, urgency: meterValue }).strict(),
    nodes: z.array(nodeSchema).min(1),
  })
  .strict()
  .superRefine((scenario, ctx) => {
    for (const problem of validateScenarioGraph(scenario)) {
      // The path shows in Astro's build error next to the entry's file.
      ctx.addIssue({ code: 'custom', message: problem, path: ['scenario graph'] });
    }
  });
