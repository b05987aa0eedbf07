/**
 * The widget's whole state in the query string, parsed with the shared
 * url-state helpers: keys and ranges as the issue lists them, defaults taken
 * from the chosen scenario so links stay short.
 */
import {
  parseQuery,
  toQuery,
  type BooleanField,
  type EnumField,
  type NumberField,
} from '../url-state/index.ts';
import { DEFAULT_INPUTS, INPUT_KEYS, INPUT_LABELS, INPUT_RANGES, type FunnelInputs, type InputKey } from './model.ts';
import { DEFAULT_GOAL, GOAL_RANGE } from './goal.ts';
import { DEFAULT_MONTHS, DEFAULT_SEED, MONTHS_RANGE, SEED_RANGE } from './simulate.ts';

export type Mode = 'funnel' | 'goal';

export interface FunnelState {
  /** Scenario the numbers started from. */
  scenario: string;
  inputs: FunnelInputs;
  mode: Mode;
  goal: number;
  seed: number;
  months: number;
  compare: boolean;
  /** The scenario shown beside the current numbers in Compare. */
  vs: string;
}

const WHOLE: Partial<Record<InputKey, boolean>> = { reach: true };

/** Builds the query spec; `base` supplies the defaults of the nine inputs. */
export function funnelSpec(scenarioIds: readonly string[], base: FunnelInputs = DEFAULT_INPUTS, defaults?: Partial<FunnelState>) {
  const ids = scenarioIds.length > 0 ? scenarioIds : ['baseline'];
  const inputs = Object.fromEntries(
    INPUT_KEYS.map((k): [InputKey, NumberField] => [
      k,
      {
        kind: 'number',
        default: base[k],
        min: INPUT_RANGES[k].min,
        max: INPUT_RANGES[k].max,
        integer: WHOLE[k] ?? false,
        label: INPUT_LABELS[k],
      },
    ]),
  ) as Record<InputKey, NumberField>;
  return {
    scenario: { kind: 'enum', default: defaults?.scenario ?? ids[0]!, values: ids, label: 'Scenario' } as EnumField,
    ...inputs,
    mode: { kind: 'enum', default: 'funnel', values: ['funnel', 'goal'], label: 'Mode' } as EnumField<Mode>,
    goal: {
      kind: 'number',
      default: DEFAULT_GOAL,
      min: GOAL_RANGE.min,
      max: GOAL_RANGE.max,
      integer: true,
      label: 'Customers wanted per month',
    } as NumberField,
    seed: { kind: 'number', default: DEFAULT_SEED, ...SEED_RANGE, integer: true, label: 'Seed' } as NumberField,
    months: {
      kind: 'number',
      default: DEFAULT_MONTHS,
      ...MONTHS_RANGE,
      integer: true,
      label: 'Months simulated',
    } as NumberField,
    compare: { kind: 'boolean', default: false, label: 'Compare' } as BooleanField,
    vs: {
      kind: 'enum',
      default: defaults?.vs ?? (ids.includes('aligned') ? 'aligned' : ids[ids.length - 1]!),
      values: ids,
      label: 'Compared scenario',
    } as EnumField,
  };
}

export interface ScenarioNumbers {
  id: string;
  inputs: FunnelInputs;
}

/**
 * Reads the state from a query string. The scenario is read first; the nine
 * inputs then default to that scenario's numbers. Never throws; every
 * correction comes back as a plain-text notice.
 */
export function parseFunnelQuery(
  query: string | URLSearchParams,
  scenarios: readonly ScenarioNumbers[],
  pageScenario?: string,
): { state: FunnelState; notices: string[] } {
  const ids = scenarios.map((s) => s.id);
  const first = parseQuery(
    { scenario: funnelSpec(ids, DEFAULT_INPUTS, { scenario: pageScenario }).scenario },
    query,
  );
  const chosen = scenarios.find((s) => s.id === first.values.scenario);
  const spec = funnelSpec(ids, chosen?.inputs ?? DEFAULT_INPUTS, { scenario: pageScenario });
  const { values, notices } = parseQuery(spec, query);
  const inputs = Object.fromEntries(INPUT_KEYS.map((k) => [k, values[k] as number])) as unknown as FunnelInputs;
  return {
    state: {
      scenario: values.scenario as string,
      inputs,
      mode: values.mode as Mode,
      goal: values.goal as number,
      seed: values.seed as number,
      months: values.months as number,
      compare: values.compare as boolean,
      vs: values.vs as string,
    },
    notices,
  };
}

/** Writes the state as a query string; values equal to their defaults are left out. */
export function funnelQuery(state: FunnelState, scenarios: readonly ScenarioNumbers[], pageScenario?: string): string {
  const ids = scenarios.map((s) => s.id);
  const chosen = scenarios.find((s) => s.id === state.scenario);
  const spec = funnelSpec(ids, chosen?.inputs ?? DEFAULT_INPUTS, { scenario: pageScenario });
  return toQuery(spec, {
    scenario: state.scenario,
    ...state.inputs,
    mode: state.mode,
    goal: state.goal,
    seed: state.seed,
    months: state.months,
    compare: state.compare,
    vs: state.vs,
  } as never);
}
