/**
 * "Who does it?" as one value: the round's seed (which tasks, in which
 * order), where each task of the round has been put (lists of positions in
 * the round, from 1), the task picked up, and whether the answers are checked.
 * Keys start with "who" so they never meet another widget's (the funnel has a
 * `seed` of its own).
 */
import { hashSeed } from '../random/index.ts';
import type { TeamOrBoth } from '../vocabulary/teams.ts';
import { defineState, type ListField, type Values } from '../url-state/index.ts';

/** The three places a task can go, in the order the game lists them. */
export const BUCKETS = ['sales', 'marketing', 'both'] as const satisfies readonly TeamOrBoth[];
export type Bucket = (typeof BUCKETS)[number];

/** How many tasks one round asks for; the pool holds more so rounds differ. */
export const ROUND_SIZE = 12;

/** The first round's seed, the same for every reader so a chapter and its test agree. */
export const FIRST_SEED = hashSeed('who-does-it');

const placed = (label: string) =>
  ({ kind: 'list', default: [], min: 1, max: ROUND_SIZE, maxLength: ROUND_SIZE, label }) as const satisfies ListField;

export const sortingState = defineState({
  whoseed: { kind: 'number', default: FIRST_SEED, min: 0, max: 0xffffffff, integer: true, step: 1, label: 'Round' },
  whosales: placed('Tasks put in Sales'),
  whomarketing: placed('Tasks put in Marketing'),
  whoboth: placed('Tasks put in Both'),
  whopick: { kind: 'number', default: 0, min: 0, max: ROUND_SIZE, integer: true, step: 1, label: 'Task picked up' },
  whochecked: { kind: 'boolean', default: false, label: 'Answers checked' },
} as const);

export type SortingValues = Values<typeof sortingState.fields>;

/** The state key that lists the tasks in each bucket. */
export const BUCKET_KEY = { sales: 'whosales', marketing: 'whomarketing', both: 'whoboth' } as const satisfies Record<
  Bucket,
  keyof SortingValues
>;
