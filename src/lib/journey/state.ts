/**
 * The journey map's state: which view (Maria's path or one month's market)
 * and which touchpoint is selected, named by its stage and its place within
 * the stage. Keys start with "journey" so they never meet another widget's.
 */
import { defineState, type Values } from '../url-state/index.ts';
import { JOURNEY_STAGES } from './stages.ts';

/** Most touchpoints one phase may list (content/journey.yaml is checked against it). */
export const MAX_TOUCHPOINTS = 8;

export const JOURNEY_VIEWS = ['buyer', 'market'] as const;
export type JourneyView = (typeof JOURNEY_VIEWS)[number];

export const journeyState = defineState({
  journeyview: { kind: 'enum', default: 'buyer', values: JOURNEY_VIEWS, label: 'View' },
  journeystage: { kind: 'enum', default: 'awareness', values: JOURNEY_STAGES, label: 'Stage' },
  journeypoint: { kind: 'number', default: 1, min: 1, max: MAX_TOUCHPOINTS, integer: true, step: 1, label: 'Touchpoint in the stage' },
} as const);

export type JourneyValues = Values<typeof journeyState.fields>;
