/**
 * The funnel simulator's state, declared once (the widget contract's state
 * spec). Every range, step and label of the funnel lives here: the sliders,
 * the model's clamps, the scenario schema and the URL read it. The spec is a
 * factory because its defaults come from content: the numbers of the chosen
 * scenario, so a link only carries what differs from that scenario.
 *
 *   const spec = funnelState(scenarios);            // tool page: Leafline today
 *   spec.parse('?scenario=aligned&reach=40000');    // values, notices, unknown keys
 *   spec.serialise(values);                         // "?scenario=aligned&reach=40000"
 *   spec.withDefaults({ scenario: 'aligned' });     // a station's preset
 */
import {
  defineState,
  parseNumber,
  type BooleanField,
  type EnumField,
  type NumberField,
  type ParseResult,
  type StateInput,
  type StateSpec,
  type Values,
} from '../url-state/index.ts';

/**
 * The numbers a reader can change. Rates are written 0–100, as in the fields;
 * money is in the site's currency, per month unless it says otherwise.
 */
export interface FunnelInputs {
  /** People reached per month. */
  reach: number;
  /** Awareness to interest (%). */
  interest: number;
  /** Interest to desire (%). */
  desire: number;
  /** Desire to action (%): the share who become leads. */
  action: number;
  /** Marketing cost per person reached: marketing spend is reach × this. */
  cpr: number;
  /** Leads qualified by sales (%): leads worth a visit. */
  qualified: number;
  /** Win rate (%) of the opportunities sales works. */
  win: number;
  /** First-year contract value of one new client (twelve monthly fees). */
  deal: number;
  /** Gross margin (%) on a client's fees, after the cost of serving them. */
  margin: number;
  /** Clients lost a month (%), the monthly churn. */
  churn: number;
  /** Number of salespeople. */
  reps: number;
  /** Opportunities one salesperson can work a month. */
  capacity: number;
  /** Cost of one salesperson a month. */
  salescost: number;
}

export type InputKey = keyof FunnelInputs;

/** Leafline's ordinary month: the model's defaults when no scenario is given. */
export const DEFAULT_INPUTS: FunnelInputs = {
  reach: 20_000,
  interest: 10,
  desire: 25,
  action: 20,
  cpr: 0.25,
  qualified: 50,
  win: 25,
  deal: 2_400,
  margin: 60,
  churn: 2.5,
  reps: 1,
  capacity: 80,
  salescost: 8_000,
};

const rate = (label: string): Omit<NumberField, 'default'> => ({ kind: 'number', min: 0, max: 100, step: 1, label });
const money = (label: string, max: number, step = 1): Omit<NumberField, 'default'> => ({
  kind: 'number',
  min: 0,
  max,
  step,
  scale: 'log',
  label,
});

/** Every input's range, step and label (defaults are Leafline's; a scenario brings its own). */
export const INPUT_FIELDS: { readonly [K in InputKey]: NumberField } = {
  reach: {
    kind: 'number',
    default: DEFAULT_INPUTS.reach,
    min: 0,
    max: 10_000_000,
    step: 1,
    integer: true,
    scale: 'log',
    label: 'People reached per month',
  },
  interest: { ...rate('Awareness to interest (%)'), default: DEFAULT_INPUTS.interest },
  desire: { ...rate('Interest to desire (%)'), default: DEFAULT_INPUTS.desire },
  action: { ...rate('Desire to action (%)'), default: DEFAULT_INPUTS.action },
  cpr: { ...money('Marketing cost per person reached', 1_000, 0.01), default: DEFAULT_INPUTS.cpr },
  qualified: { ...rate('Leads qualified by sales (%)'), default: DEFAULT_INPUTS.qualified },
  win: { ...rate('Win rate (%)'), default: DEFAULT_INPUTS.win },
  deal: { ...money('First-year contract value', 10_000_000), default: DEFAULT_INPUTS.deal },
  margin: { ...rate('Gross margin (%)'), default: DEFAULT_INPUTS.margin },
  churn: {
    kind: 'number',
    default: DEFAULT_INPUTS.churn,
    min: 0.1,
    max: 100,
    step: 0.1,
    label: 'Clients lost a month (%)',
  },
  reps: {
    kind: 'number',
    default: DEFAULT_INPUTS.reps,
    min: 1,
    max: 1_000,
    step: 1,
    integer: true,
    label: 'Salespeople',
  },
  capacity: {
    kind: 'number',
    default: DEFAULT_INPUTS.capacity,
    min: 1,
    max: 10_000,
    step: 1,
    integer: true,
    scale: 'log',
    label: 'Opportunities one salesperson can work a month',
  },
  salescost: { ...money('Cost of one salesperson a month', 10_000_000), default: DEFAULT_INPUTS.salescost },
};

/** The input keys in the order of the fields, the URL and the exports. */
export const INPUT_KEYS = Object.keys(INPUT_FIELDS) as InputKey[];

/** Field names, exactly as the controls and notices show them. */
export const INPUT_LABELS = Object.fromEntries(INPUT_KEYS.map((k) => [k, INPUT_FIELDS[k].label!])) as Record<
  InputKey,
  string
>;

/** Each input's allowed range, read from the fields above. */
export const INPUT_RANGES = Object.fromEntries(
  INPUT_KEYS.map((k) => [k, { min: INPUT_FIELDS[k].min, max: INPUT_FIELDS[k].max }]),
) as Record<InputKey, { min: number; max: number }>;

/** Goal mode: new clients wanted per month. */
export const GOAL_FIELD: NumberField = {
  kind: 'number',
  default: 25,
  min: 0,
  max: 1_000_000,
  step: 1,
  integer: true,
  scale: 'log',
  label: 'New clients wanted per month',
};

/** The seed of the month-by-month simulation. */
export const SEED_FIELD: NumberField = {
  kind: 'number',
  default: 2400,
  min: 0,
  max: 999_999,
  step: 1,
  integer: true,
  label: 'Seed',
};

/** How many months the simulation runs. */
export const MONTHS_FIELD: NumberField = {
  kind: 'number',
  default: 12,
  min: 1,
  max: 36,
  step: 1,
  integer: true,
  label: 'Months simulated',
};

export type Mode = 'funnel' | 'goal';
export const MODES: readonly Mode[] = ['funnel', 'goal'];

/** The fields of the whole state, in URL order. */
export type FunnelFields = {
  scenario: EnumField;
  reach: NumberField;
  interest: NumberField;
  desire: NumberField;
  action: NumberField;
  qualified: NumberField;
  win: NumberField;
  deal: NumberField;
  cpr: NumberField;
  margin: NumberField;
  churn: NumberField;
  reps: NumberField;
  capacity: NumberField;
  salescost: NumberField;
  mode: EnumField<Mode>;
  goal: NumberField;
  seed: NumberField;
  months: NumberField;
  compare: BooleanField;
  vs: EnumField;
};

/** The widget's whole state: the scenario it started from, the inputs, the mode and the options. */
export type FunnelValues = Values<FunnelFields>;
export type FunnelStateSpec = StateSpec<FunnelFields>;

/**
 * Links made before marketing spend followed reach carried the spend itself
 * (`spend=5000`). It is read as a cost per person reached at the link's reach,
 * so an old link shows the same money; new links write `cpr`.
 */
const LEGACY_SPEND: NumberField = {
  kind: 'number',
  default: 0,
  min: 0,
  max: 100_000_000,
  label: 'Marketing spend per month',
};

/** A scenario as far as the state needs it: its id and numbers. */
export interface ScenarioNumbers {
  id: string;
  inputs: FunnelInputs;
}

/** The first scenario other than `id` (Compare never shows a scenario beside itself). */
export function otherScenario(ids: readonly string[], id: string): string {
  return ids.find((x) => x !== id) ?? id;
}

/** The inputs of the state as one object. */
export function inputsOf(values: FunnelValues): FunnelInputs {
  return Object.fromEntries(INPUT_KEYS.map((k) => [k, values[k]])) as unknown as FunnelInputs;
}

function fieldsFor(
  ids: readonly string[],
  first: string,
  inputs: FunnelInputs,
  other: Partial<FunnelValues>,
): FunnelFields {
  const vsDefault = ids.includes('aligned') && first !== 'aligned' ? 'aligned' : otherScenario(ids, first);
  const fields: FunnelFields = {
    scenario: { kind: 'enum', default: first, values: ids, label: 'Scenario' },
    ...(Object.fromEntries(INPUT_KEYS.map((k) => [k, { ...INPUT_FIELDS[k], default: inputs[k] }])) as {
      [K in InputKey]: NumberField;
    }),
    mode: { kind: 'enum', default: 'funnel', values: MODES, label: 'Mode' },
    goal: GOAL_FIELD,
    seed: SEED_FIELD,
    months: MONTHS_FIELD,
    compare: { kind: 'boolean', default: false, label: 'Compare' },
    vs: { kind: 'enum', default: vsDefault, values: ids, label: 'Compared scenario' },
  };
  // A preset's own values for the options (mode, goal, …) become their defaults.
  for (const key of ['mode', 'goal', 'seed', 'months', 'compare', 'vs'] as const) {
    const v = other[key];
    if (v !== undefined) fields[key] = { ...fields[key], default: v } as never;
  }
  return fields;
}

export interface FunnelStateOptions {
  /** The scenario shown when the input names none (the page's or the station's). */
  scenario?: string;
  /** Other defaults: inputs that differ from that scenario's numbers, the mode, the goal… */
  defaults?: Partial<FunnelValues>;
}

/**
 * The funnel's state spec, its defaults taken from the chosen scenario.
 * `parse` reads the scenario first, then every input over that scenario's
 * numbers; `serialise` leaves out what equals them, so `?scenario=aligned`
 * is a whole link. Keys are the ones links have always used (`reach`,
 * `scenario`, `mode`, `goal`, `seed`, `months`, `compare`, `vs`, …).
 */
export function funnelState(
  scenarios: readonly ScenarioNumbers[],
  options: FunnelStateOptions = {},
): FunnelStateSpec {
  const ids = scenarios.length > 0 ? scenarios.map((s) => s.id) : ['baseline'];
  const first =
    options.defaults?.scenario && ids.includes(options.defaults.scenario)
      ? options.defaults.scenario
      : options.scenario && ids.includes(options.scenario)
        ? options.scenario
        : ids[0]!;
  const overrides = options.defaults ?? {};
  const numbersOf = (id: string): FunnelInputs => {
    const found = scenarios.find((s) => s.id === id)?.inputs ?? DEFAULT_INPUTS;
    // A preset's own inputs count only while its scenario is the one chosen.
    if (id !== first) return found;
    const own = Object.fromEntries(INPUT_KEYS.filter((k) => overrides[k] !== undefined).map((k) => [k, overrides[k]]));
    return { ...found, ...own } as FunnelInputs;
  };
  const specs = new Map<string, StateSpec<FunnelFields>>();
  const specFor = (id: string) => {
    let s = specs.get(id);
    if (!s) {
      s = defineState(fieldsFor(ids, first, numbersOf(id), overrides));
      specs.set(id, s);
    }
    return s;
  };
  const base = specFor(first);
  const scenarioOnly = defineState({ scenario: base.fields.scenario });
  /** The scenario an input names (without notices: the full parse gives them once). */
  const chosen = (input: StateInput): string => scenarioOnly.parse(input).values.scenario;

  /** Turns a legacy `spend` into `cpr`, with the notice its value earns, before the real parse. */
  const legacy = (input: StateInput): { input: StateInput; notices: string[] } => {
    let read: (k: string) => unknown;
    let write: (cpr: number) => StateInput;
    if (typeof input === 'string' || input instanceof URLSearchParams) {
      let params: URLSearchParams;
      try {
        params = new URLSearchParams(input);
      } catch {
        return { input, notices: [] };
      }
      read = (k) => params.get(k);
      write = (cpr) => {
        params.delete('spend');
        params.set('cpr', String(cpr));
        return params;
      };
    } else if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
      const obj = input as Record<string, unknown>;
      read = (k) => (Object.hasOwn(obj, k) ? obj[k] : null);
      write = (cpr) => {
        const { spend: _spend, ...rest } = obj;
        return { ...rest, cpr };
      };
    } else {
      return { input, notices: [] };
    }
    const raw = read('spend');
    if (raw === null || raw === undefined || read('cpr') !== null) return { input, notices: [] };
    const { value, notice } = parseNumber('spend', typeof raw === 'string' ? raw : String(raw), LEGACY_SPEND);
    const reach = specFor(chosen(input)).parse(input).values.reach;
    const cpr = reach > 0 ? Math.round((value / reach) * 1e6) / 1e6 : INPUT_FIELDS.cpr.default;
    return { input: write(cpr), notices: notice ? [notice] : [] };
  };

  const spec: FunnelStateSpec = {
    fields: base.fields,
    // `spend` is read from old links and, once the state is written back, removed from the address.
    keys: [...base.keys, 'spend' as keyof FunnelFields & string],
    get defaults() {
      return base.defaults;
    },
    parse(input: StateInput): ParseResult<FunnelFields> {
      const old = legacy(input);
      const result = specFor(chosen(old.input)).parse(old.input);
      return { ...result, notices: [...old.notices, ...result.notices], unknown: result.unknown };
    },
    serialise(values, opts) {
      return specFor(chosen({ scenario: values.scenario })).serialise(values, opts);
    },
    clamp(values) {
      const v = values as Record<string, unknown>;
      return specFor(chosen({ scenario: v.scenario })).clamp(values);
    },
    withDefaults(defaults) {
      // Each given value is clamped by its field; keys not given keep this spec's defaults.
      const given = Object.keys(defaults).filter((k) => (defaults as Record<string, unknown>)[k] !== undefined);
      const parsed = specFor(chosen(defaults)).parse(defaults).values as Record<string, unknown>;
      const own = Object.fromEntries(given.filter((k) => Object.hasOwn(base.fields, k)).map((k) => [k, parsed[k]]));
      return funnelState(scenarios, { scenario: first, defaults: { ...overrides, ...own } as Partial<FunnelValues> });
    },
  };
  return spec;
}
