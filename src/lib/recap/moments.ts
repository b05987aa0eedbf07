import { SALES_STEPS } from '../steps/model.ts';

/**
 * The kinds of moment a recap walks through, in the order a customer meets
 * them: the four funnel stages, the six steps of a sale, and three kinds of
 * moment after the purchase. Each belongs to one of three phases.
 */
export const RECAP_MOMENTS = [
  'awareness',
  'interest',
  'desire',
  'action',
  ...SALES_STEPS,
  'loyalty',
  'upsell',
  'referral',
] as const;
export type RecapMoment = (typeof RECAP_MOMENTS)[number];

/** The three parts of the journey a moment belongs to. */
export type Phase = 'funnel' | 'sale' | 'after';

export const PHASE_LABEL: Record<Phase, string> = {
  funnel: 'Marketing funnel',
  sale: 'Sales process',
  after: 'After the purchase',
};

/** Band labels where the long ones do not fit. */
export const PHASE_SHORT: Record<Phase, string> = { funnel: 'Funnel', sale: 'Sale', after: 'After' };

export const RECAP_MOMENT_LABELS: Record<RecapMoment, { label: string; phase: Phase }> = {
  awareness: { label: 'Awareness', phase: 'funnel' },
  interest: { label: 'Interest', phase: 'funnel' },
  desire: { label: 'Desire', phase: 'funnel' },
  action: { label: 'Action', phase: 'funnel' },
  prospecting: { label: 'Prospecting', phase: 'sale' },
  approach: { label: 'Approach', phase: 'sale' },
  presentation: { label: 'Presentation', phase: 'sale' },
  'objection-handling': { label: 'Objection handling', phase: 'sale' },
  closing: { label: 'Closing', phase: 'sale' },
  'follow-up': { label: 'Follow-up', phase: 'sale' },
  loyalty: { label: 'Loyalty', phase: 'after' },
  upsell: { label: 'Upselling', phase: 'after' },
  referral: { label: 'Referral', phase: 'after' },
};

/** Pictograms drawn by the recap view (src/components/widgets/recap/recap-icons.ts). */
export const RECAP_ICON_NAMES = [
  'video',
  'website',
  'guide',
  'calendar',
  'checklist',
  'building',
  'presentation',
  'scales',
  'pen',
  'phone',
  'plant',
  'gift',
  'referral',
] as const;
export type Icon = (typeof RECAP_ICON_NAMES)[number];

/** Most moments one recap may hold (the schema and the state spec share it). */
export const MAX_MOMENTS = 16;
