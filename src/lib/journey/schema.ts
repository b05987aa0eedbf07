/** Schemas for content/journey.yaml and the stage enum shared with content/roles.yaml. */
import { z } from 'astro/zod';
import { TEAMS } from '../vocabulary/teams.ts';
import { JOURNEY_STAGES } from './stages.ts';
import { MAX_TOUCHPOINTS } from './state.ts';

export const stageSchema = z.enum(JOURNEY_STAGES, {
  error: (issue) => `unknown stage ${JSON.stringify(issue.input)}: use one of ${JOURNEY_STAGES.join(', ')}`,
});

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

export const touchpointSchema = z
  .object({
    id: slug,
    lane: z.enum(TEAMS as readonly ['marketing', 'sales'], {
      error: (issue) => `unknown lane ${JSON.stringify(issue.input)}: use marketing or sales`,
    }),
    /** A few words for the marker and the list. */
    title: z.string().trim().min(3).max(60, 'keep a touchpoint title under 60 characters'),
    /** What happens at this touchpoint. */
    what: z.string().trim().min(20),
    /** Why this team leads it. */
    why: z.string().trim().min(20),
  })
  .strict();

/** One phase of the journey: its id is a stage, its touchpoints are listed in the order Maria meets them. */
export const journeyPhaseSchema = z
  .object({
    id: stageSchema,
    /** What Maria does or feels in this phase, in one sentence. */
    buyer: z.string().trim().min(20),
    touchpoints: z.array(touchpointSchema).max(MAX_TOUCHPOINTS, `give a phase ${MAX_TOUCHPOINTS} touchpoints at most`),
  })
  .strict();

export type Touchpoint = z.infer<typeof touchpointSchema>;
export type JourneyPhase = z.infer<typeof journeyPhaseSchema>;

