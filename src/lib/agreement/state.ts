/**
 * The service-level agreement builder's state: the revenue goal, the reader's
 * rates, the follow-up promise and what counts as a good lead. Declared once;
 * the URL, a deck station and the page's preset all go through this spec.
 * Defaults are Leafline's (after the change in chapter 7); pages build them
 * from content with `agreementStateFor`.
 */
import { defineState, type EnumField } from '../url-state/index.ts';

export const REVIEW_CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/** The checks a lead must pass to count as good, in the order the agreement prints them. */
export const LEAD_CHECKS = ['fit', 'need', 'budget', 'authority', 'timing'] as const;
export type LeadCheck = (typeof LEAD_CHECKS)[number];

export const agreementState = defineState({
  target: { kind: 'number', default: 60_000, min: 0, max: 10_000_000, step: 500, scale: 'log', label: 'New contract value wanted a month' },
  contract: { kind: 'number', default: 2_400, min: 1, max: 10_000_000, step: 100, scale: 'log', label: 'Average first-year contract value' },
  accept: { kind: 'number', default: 70, min: 1, max: 100, step: 1, label: 'Leads that sales qualifies (%)' },
  close: { kind: 'number', default: 35, min: 1, max: 100, step: 1, label: 'Win rate on opportunities (%)' },
  callin: { kind: 'number', default: 4, min: 1, max: 72, step: 1, integer: true, label: 'Sales calls each lead within (working hours)' },
  score: { kind: 'number', default: 60, min: 1, max: 200, step: 5, integer: true, label: 'Lead score that makes a good lead' },
  back: { kind: 'number', default: 5, min: 1, max: 30, step: 1, integer: true, label: 'Rejected leads go back to marketing within (working days)' },
  review: { kind: 'enum', default: 'weekly', values: REVIEW_CADENCES, label: 'The two teams review the agreement' } as EnumField<ReviewCadence>,
  fit: { kind: 'boolean', default: true, label: 'Fits the client profile' },
  need: { kind: 'boolean', default: true, label: 'Has a need the offer solves' },
  budget: { kind: 'boolean', default: true, label: 'Can pay for it' },
  authority: { kind: 'boolean', default: true, label: 'Can decide, or names who does' },
  timing: { kind: 'boolean', default: false, label: 'Means to buy within three months' },
});

export type AgreementValues = typeof agreementState.defaults;

/** What the content gives: the aligned scenario's rates and deal, and the canon's goal and promises. */
export interface AgreementPreset {
  target: number;
  contract: number;
  accept: number;
  close: number;
  callin: number;
  score: number;
  back: number;
}

/** The spec with a page's defaults (Leafline's numbers), so the server render shows them. */
export function agreementStateFor(preset: AgreementPreset) {
  return agreementState.withDefaults(preset);
}
