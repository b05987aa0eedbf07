/** Scenario presets as the widget uses them: plain data, no schema library. */
import { INPUT_KEYS, type FunnelInputs } from './state.ts';

/** Counts sentence ends: a full stop, question or exclamation mark followed by a space or the end. */
export function sentenceCount(text: string): number {
  return (text.trim().match(/[.!?](?=\s|$)/g) ?? []).length;
}

/** A scenario as the widget receives it (id from the file name). */
export interface Scenario {
  id: string;
  name: string;
  order: number;
  lesson: string;
  inputs: FunnelInputs;
}

/** Sorts by order and checks that orders are unique (the shortcut keys depend on it). */
export function orderScenarios(list: readonly Scenario[]): Scenario[] {
  const sorted = list.slice().sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.order === sorted[i - 1]!.order) {
      throw new Error(
        `Scenarios "${sorted[i - 1]!.id}" and "${sorted[i]!.id}" share order ${sorted[i]!.order}; give each its own.`,
      );
    }
  }
  return sorted;
}

/** True when the inputs equal a scenario's numbers. */
export function sameInputs(a: FunnelInputs, b: FunnelInputs): boolean {
  return INPUT_KEYS.every((k) => a[k] === b[k]);
}
