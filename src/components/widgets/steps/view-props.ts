import type { SalesStep } from '~/lib/steps/model';

/** What both views of the open step take (StepTabs on a page, StepStage on a projector). */
export interface OpenStepProps {
  /** The steps of a sale, in order. */
  steps: SalesStep[];
  /** The open step, 0-based. */
  index: number;
}
