/**
 * The phases of the customer journey, shared by the role explorer and the
 * journey map: the four funnel stages, the purchase, and what comes after it.
 * A role or touchpoint naming any other stage fails the build (see schema.ts).
 */
export const JOURNEY_STAGES = [
  'awareness',
  'interest',
  'desire',
  'action',
  'purchase',
  'loyalty',
  'repeat-purchase',
  'referral',
] as const;

export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export const JOURNEY_STAGE_LABELS: Record<JourneyStage, string> = {
  awareness: 'Awareness',
  interest: 'Interest',
  desire: 'Desire',
  action: 'Action',
  purchase: 'Purchase',
  loyalty: 'Loyalty',
  'repeat-purchase': 'Repeat purchase',
  referral: 'Referral',
};
