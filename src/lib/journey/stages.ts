/**
 * The phases of the customer journey, shared by the role explorer and the
 * journey map: the four funnel stages, the purchase, and what comes after it.
 * A role or touchpoint naming any other stage fails the build (see schema.ts).
 */
export const STAGES = [
  'awareness',
  'interest',
  'desire',
  'action',
  'purchase',
  'loyalty',
  'repeat-purchase',
  'referral',
] as const;

export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  awareness: 'Awareness',
  interest: 'Interest',
  desire: 'Desire',
  action: 'Action',
  purchase: 'Purchase',
  loyalty: 'Loyalty',
  'repeat-purchase': 'Repeat purchase',
  referral: 'Referral',
};

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** Teams as the site names them everywhere (colour + shape + word). */
export const TEAMS = ['sales', 'marketing'] as const;
export type Team = (typeof TEAMS)[number];
export const TEAM_LABELS: Record<Team | 'both', string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  both: 'Both',
};
