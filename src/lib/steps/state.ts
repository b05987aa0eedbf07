/**
 * The stepper's state: which of the six steps is open, 1 to 6 (`step=` in a
 * URL, as links shared before this spec were written). The only place its
 * range is declared.
 */
import { defineState, type Values } from '../url-state/index.ts';
import { STEP_COUNT } from './model.ts';

export const stepsState = defineState({
  step: { kind: 'number', default: 1, min: 1, max: STEP_COUNT, integer: true, step: 1, label: 'Step' },
});

export type StepsValues = Values<typeof stepsState.fields>;
