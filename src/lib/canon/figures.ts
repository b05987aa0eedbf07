/**
 * Leafline's numbers, computed: every figure a chapter prints about Leafline's
 * funnel comes from a scenario's inputs run through the funnel model, so prose
 * and widgets cannot disagree. A figure is named "<scenario>.<figure>"
 * ("baseline.leads"), or "<compare>.<figure>" to set the aligned month against
 * today's ("ratio.clients" = aligned ÷ baseline, "change.clients" = aligned −
 * baseline). Pure: no content loading here (see src/components/canon/).
 */
import { computeFunnel, type FunnelInputs, type FunnelResult } from '../funnel/model.ts';
import { formatCount, formatMoney } from '../format/index.ts';

export type FigureUnit = 'count' | 'money' | 'percent' | 'times' | 'months';

/** What a client is worth after the sale: gross margin and monthly churn, both in %. */
export interface Economics {
  grossMargin: number;
  monthlyChurn: number;
}

export interface FigureDef {
  /** What the figure is, in words (used in error messages and the canon test). */
  label: string;
  unit: FigureUnit;
  value: (r: FunnelResult, e: Economics) => number | null;
}

/** The scenario's own margin and churn where it has them (the extended funnel model), else the canon's. */
export function economicsOf(inputs: FunnelInputs, fallback: Economics): Economics {
  const i = inputs as unknown as Record<string, unknown>;
  const pick = (...keys: string[]) =>
    keys.map((k) => i[k]).find((v): v is number => typeof v === 'number');
  return {
    grossMargin: pick('margin', 'grossMargin') ?? fallback.grossMargin,
    monthlyChurn: pick('churn', 'monthlyChurn') ?? fallback.monthlyChurn,
  };
}

const fee = (r: FunnelResult) => r.inputs.deal / CONTRACT_MONTHS;
const marginPerMonth = (r: FunnelResult, e: Economics) => (fee(r) * e.grossMargin) / 100;
const lifetimeMonths = (e: Economics) => 100 / e.monthlyChurn;

const stage = (i: number) => (r: FunnelResult) => r.stages[i]?.count ?? null;
const input = (k: keyof FunnelInputs) => (r: FunnelResult) => r.inputs[k];

/** Months in Leafline's contract: the deal value is one year of the monthly fee. */
export const CONTRACT_MONTHS = 12;

export const FIGURES = {
  reach: { label: 'people reached a month', unit: 'count', value: stage(0) },
  interested: { label: 'interested people a month', unit: 'count', value: stage(1) },
  desiring: { label: 'people at the desire stage a month', unit: 'count', value: stage(2) },
  leads: { label: 'leads a month', unit: 'count', value: stage(3) },
  opportunities: { label: 'qualified opportunities a month', unit: 'count', value: stage(4) },
  clients: { label: 'new clients a month', unit: 'count', value: stage(5) },
  capacity: {
    label: 'opportunities sales can work a month',
    unit: 'count',
    value: (r) => r.sales.capacity,
  },
  waiting: {
    label: 'qualified opportunities sales has no time for',
    unit: 'count',
    value: (r) => r.sales.unworked,
  },
  interestRate: { label: 'awareness to interest', unit: 'percent', value: input('interest') },
  desireRate: { label: 'interest to desire', unit: 'percent', value: input('desire') },
  actionRate: { label: 'desire to action', unit: 'percent', value: input('action') },
  qualifiedRate: { label: 'leads qualified', unit: 'percent', value: input('qualified') },
  winRate: { label: 'win rate', unit: 'percent', value: input('win') },
  deal: { label: 'first-year contract value', unit: 'money', value: input('deal') },
  monthlyFee: {
    label: 'monthly fee',
    unit: 'money',
    value: (r) => r.inputs.deal / CONTRACT_MONTHS,
  },
  spend: {
    label: 'marketing spend a month',
    unit: 'money',
    value: (r) => r.figures.marketingSpend,
  },
  salesCost: { label: 'sales cost a month', unit: 'money', value: (r) => r.figures.salesCost },
  totalCost: {
    label: 'marketing and sales cost a month',
    unit: 'money',
    value: (r) => r.figures.marketingSpend + r.figures.salesCost,
  },
  spendPerReach: {
    label: 'marketing spend per person reached',
    unit: 'money',
    value: (r) => (r.inputs.reach ? r.figures.marketingSpend / r.inputs.reach : null),
  },
  contractValue: {
    label: 'new contract value a month',
    unit: 'money',
    value: (r) => r.figures.contractValue,
  },
  recurringAdded: {
    label: 'monthly recurring revenue added a month',
    unit: 'money',
    value: (r) => (r.stages[5]?.count ?? 0) * (r.inputs.deal / CONTRACT_MONTHS),
  },
  costPerLead: { label: 'cost per lead', unit: 'money', value: (r) => r.figures.costPerLead },
  cac: {
    label: 'customer acquisition cost',
    unit: 'money',
    value: (r) => r.figures.acquisitionCost,
  },
  roas: {
    label: 'new contract value per marketing dollar',
    unit: 'times',
    value: (r) =>
      r.figures.marketingSpend ? r.figures.contractValue / r.figures.marketingSpend : null,
  },
  grossMargin: { label: 'gross margin', unit: 'percent', value: (_r, e) => e.grossMargin },
  monthlyChurn: {
    label: 'clients who leave a month',
    unit: 'percent',
    value: (_r, e) => e.monthlyChurn,
  },
  marginPerMonth: {
    label: 'gross margin per client a month',
    unit: 'money',
    value: (r, e) => marginPerMonth(r, e),
  },
  paybackMonths: {
    label: 'months to earn back the acquisition cost from gross margin',
    unit: 'months',
    value: (r, e) =>
      r.figures.acquisitionCost === null || !marginPerMonth(r, e)
        ? null
        : r.figures.acquisitionCost / marginPerMonth(r, e),
  },
  lifetimeMonths: {
    label: 'months an average client stays',
    unit: 'months',
    value: (_r, e) => lifetimeMonths(e),
  },
  ltv: {
    label: 'lifetime value in gross margin',
    unit: 'money',
    value: (r, e) => marginPerMonth(r, e) * lifetimeMonths(e),
  },
  ltvRevenue: {
    label: 'lifetime revenue of a client',
    unit: 'money',
    value: (r, e) => fee(r) * lifetimeMonths(e),
  },
  ltvToCac: {
    label: 'lifetime value to acquisition cost',
    unit: 'times',
    value: (r, e) =>
      r.figures.acquisitionCost
        ? (marginPerMonth(r, e) * lifetimeMonths(e)) / r.figures.acquisitionCost
        : null,
  },
  roi: {
    label: 'return on the month’s marketing and sales cost, in first-year gross margin',
    unit: 'percent',
    value: (r, e) => {
      const cost = r.figures.marketingSpend + r.figures.salesCost;
      return cost ? ((r.figures.contractValue * e.grossMargin) / 100 / cost - 1) * 100 : null;
    },
  },
} as const satisfies Record<string, FigureDef>;

/** The two scenarios the chapters quote, and the canon's economics for what they lack. */
export type LeaflineScenarios = Partial<Record<ScenarioKey, FunnelInputs>> & {
  economics: Economics;
};
export const SCENARIO_KEYS = ['baseline', 'aligned'] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];
/** ratio and change set the aligned month against today's; delta is a what-if against today's. */
export const COMPARE_KEYS = ['ratio', 'change', 'delta'] as const;

export interface FigureValue {
  key: string;
  label: string;
  unit: FigureUnit;
  value: number;
  /** As the prose prints it: "20,000", "12.5", "$1,040", "25 %", "1.4". */
  text: string;
}

/** Formats a figure the way the chapters print it (percentages with a no-break space before %). */
export function formatFigure(value: number, unit: FigureUnit, digits?: number): string {
  const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
  switch (unit) {
    case 'money':
      return formatMoney(
        digits === undefined
          ? Math.abs(value) >= 100
            ? Math.round(value)
            : round(value, 2)
          : round(value, digits),
      );
    case 'percent':
      return `${formatCount(round(value, digits ?? 1))}\u00a0%`;
    case 'times':
      return formatCount(round(value, digits ?? 1));
    case 'months':
      return formatCount(round(value, digits ?? 1));
    default:
      return formatCount(digits === undefined ? value : round(value, digits));
  }
}

/**
 * A what-if on a scenario's inputs, written "reach*1.2, spend*1.2" or
 * "qualified=60": each part sets or multiplies one input. Unknown inputs or
 * malformed parts throw, so a typo fails the build.
 */
export function applyChange(inputs: FunnelInputs, change: string | undefined): FunnelInputs {
  if (!change) return inputs;
  const out = { ...inputs };
  for (const part of change
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([a-z]+)\s*([*=+])\s*(-?\d+(?:\.\d+)?)$/.exec(part);
    const key = m?.[1] as keyof FunnelInputs | undefined;
    if (!m || !key || !(key in inputs))
      throw new Error(
        `Leafline what-if "${change}": cannot read "${part}" (write e.g. reach*1.2 or qualified=60).`,
      );
    const n = Number(m[3]);
    out[key] = m[2] === '*' ? inputs[key] * n : m[2] === '+' ? inputs[key] + n : n;
  }
  // Reaching more people costs more: where the model has no cost per person
  // reached, the what-if keeps spend ÷ reach as it was.
  const raw = inputs as unknown as Record<string, number>;
  if (
    !('cpr' in raw) &&
    'spend' in raw &&
    out.reach !== inputs.reach &&
    inputs.reach > 0 &&
    !/\bspend\b/.test(change)
  ) {
    (out as unknown as Record<string, number>).spend = (raw.spend! * out.reach) / inputs.reach;
  }
  return out;
}

/**
 * One named figure for the given scenario inputs. Throws with a clear message
 * for an unknown name or a missing scenario: a typo in a chapter fails the build.
 */
export function leaflineFigure(
  scenarios: LeaflineScenarios,
  key: string,
  digits?: number,
  change?: string,
): FigureValue {
  const [scope, name] = key.split('.') as [string, string | undefined];
  const def = name ? (FIGURES as Record<string, FigureDef>)[name] : undefined;
  if (!def) {
    throw new Error(
      `Leafline figure "${key}": unknown figure "${name ?? ''}". Known: ${Object.keys(FIGURES).join(', ')}.`,
    );
  }
  const run = (s: ScenarioKey, what: string | null | undefined = change) => {
    const inputs = scenarios[s] as FunnelInputs | undefined;
    if (!inputs)
      throw new Error(`Leafline figure "${key}": no scenario "${s}" in content/scenarios/.`);
    const changed = applyChange(inputs, what ?? undefined);
    const v = def.value(computeFunnel(changed), economicsOf(changed, scenarios.economics));
    if (v === null || !Number.isFinite(v))
      throw new Error(`Leafline figure "${key}" has no value (a divisor is zero).`);
    return v;
  };
  if ((SCENARIO_KEYS as readonly string[]).includes(scope)) {
    const value = run(scope as ScenarioKey);
    return {
      key,
      label: def.label,
      unit: def.unit,
      value,
      text: formatFigure(value, def.unit, digits),
    };
  }
  if (scope === 'ratio') {
    const value = run('aligned') / run('baseline');
    return {
      key,
      label: `${def.label}, aligned ÷ today`,
      unit: 'times',
      value,
      text: formatFigure(value, 'times', digits),
    };
  }
  if (scope === 'change') {
    const value = run('aligned') - run('baseline');
    const unit = def.unit === 'percent' ? 'count' : def.unit;
    return {
      key,
      label: `${def.label}, aligned − today`,
      unit,
      value,
      text: formatFigure(value, unit, digits),
    };
  }
  if (scope === 'delta') {
    if (!change) throw new Error(`Leafline figure "${key}": a delta needs a what-if (with="…").`);
    const value = run('baseline') - run('baseline', null);
    const unit = def.unit === 'percent' ? 'count' : def.unit;
    return {
      key,
      label: `${def.label}, what-if − today`,
      unit,
      value,
      text: formatFigure(value, unit, digits),
    };
  }
  throw new Error(
    `Leafline figure "${key}": start with one of ${[...SCENARIO_KEYS, ...COMPARE_KEYS].join(', ')}.`,
  );
}

/** Every figure of every scenario, for the canon test's table of allowed values. */
export function allFigures(scenarios: LeaflineScenarios): FigureValue[] {
  const out: FigureValue[] = [];
  for (const s of SCENARIO_KEYS) {
    if (!scenarios[s]) continue;
    for (const f of Object.keys(FIGURES)) out.push(leaflineFigure(scenarios, `${s}.${f}`));
  }
  return out;
}
