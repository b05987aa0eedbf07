/**
 * The role explorer's state: the role whose card is open, the three filters
 * and the two roles in the comparison. The only place these choices are
 * declared; content/roles.yaml is checked against ROLE_IDS and HORIZONS.
 * Keys start with "role" so they never meet another widget's on a page.
 */
import { defineState, type Values } from '../url-state/index.ts';
import { JOURNEY_STAGES } from '../journey/stages.ts';

/**
 * The nine roles in the order they are listed: each team from the front line
 * to the planners, sales first. A role in content/roles.yaml must be one of these.
 */
export const ROLE_IDS = [
  'account-executive',
  'sales-manager',
  'account-manager',
  'sales-analyst',
  'marketing-coordinator',
  'content-creator',
  'seo-specialist',
  'marketing-analyst',
  'marketing-manager',
] as const;

/** How far ahead a role mainly looks. */
export const HORIZONS = ['days', 'months', 'years'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** Leafline's office staff, the people who wear the nine hats between them. */
export const PEOPLE = ['Nadia', 'Sam', 'Ruth', 'Ava', 'Kofi'] as const;
export type Person = (typeof PEOPLE)[number];

export const rolesState = defineState({
  role: { kind: 'enum', default: 'account-executive', values: ROLE_IDS, label: 'Role shown' },
  rolestage: { kind: 'enum', default: 'all', values: ['all', ...JOURNEY_STAGES] as const, label: 'Journey stage' },
  rolehorizon: { kind: 'enum', default: 'all', values: ['all', ...HORIZONS] as const, label: 'Time horizon' },
  roleperson: { kind: 'enum', default: 'all', values: ['all', ...PEOPLE] as const, label: 'Leafline person' },
  rolea: { kind: 'enum', default: 'account-executive', values: ROLE_IDS, label: 'First role' },
  roleb: { kind: 'enum', default: 'marketing-coordinator', values: ROLE_IDS, label: 'Second role' },
} as const);

export type RolesValues = Values<typeof rolesState.fields>;
