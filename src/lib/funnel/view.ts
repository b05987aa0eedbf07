/**
 * Everything the simulator shows, from its state and the scenarios: counts
 * per stage (forward or goal mode), key figures, the summary sentence, the
 * figure's text equivalent and the file name of exports. One pure function,
 * so the views only lay it out.
 */
import { formatCount } from '../format/index.ts';
import { computeGoal, type GoalResult } from './goal.ts';
import {
  FUNNEL_STAGES,
  computeFunnel,
  keyFigures,
  type FunnelResult,
  type KeyFigures,
} from './model.ts';
import { sameInputs, type Scenario } from './scenario.ts';
import { INPUT_RANGES, inputsOf, type FunnelInputs, type FunnelValues } from './state.ts';
import { salesLine, summarize, summarizeGoal } from './describe.ts';

export interface FunnelView {
  inputs: FunnelInputs;
  result: FunnelResult;
  goal: GoalResult;
  /** People at each stage: expected per month, or needed in goal mode (null where impossible). */
  counts: (number | null)[];
  /** Rate into each stage (0..1); null for the first. */
  rates: (number | null)[];
  figures: KeyFigures;
  summary: string;
  /** How full the sales diary is (forward mode), or what the goal asks of sales. */
  sales: string;
  /** The scenario whose numbers the inputs equal, if any. */
  matched: Scenario | undefined;
  /** The scenario the state started from. */
  base: Scenario | undefined;
  /** "Leafline today"; "Leafline today, changed" once the inputs differ from every scenario. */
  scenarioName: string;
  /** The figure's accessible name: every stage and its count. */
  figureLabel: string;
  /** Goal mode needs more people than the reach field allows. */
  beyondRange: boolean;
  /** The inputs the simulation and animation run on (goal mode: the reach needed, capped). */
  simInputs: FunnelInputs;
  /** File name of exports, without extension. */
  fileBase: string;
}

/** The figure's text equivalent. */
export function figureLabelFor(counts: readonly (number | null)[], goal = false): string {
  const stages = FUNNEL_STAGES.map((s, i) => `${s.name} ${formatCount(counts[i])}`).join(', ');
  return `${goal ? 'Funnel needed for the goal' : 'Funnel'}: ${stages}.`;
}

/** The whole view of one state. */
export function funnelView(values: FunnelValues, scenarios: readonly Scenario[]): FunnelView {
  const inputs = inputsOf(values);
  const goalMode = values.mode === 'goal';
  const result = computeFunnel(inputs);
  const goal = computeGoal(inputs, values.goal);
  const counts = goalMode ? goal.counts : result.stages.map((s) => s.count);
  const figures = goalMode
    ? (goal.figures ??
      keyFigures(
        counts.map((c) => c ?? Number.NaN),
        inputs,
      ))
    : result.figures;
  const matched = scenarios.find((s) => sameInputs(s.inputs, inputs));
  const base = scenarios.find((s) => s.id === values.scenario) ?? scenarios[0];
  const reachMax = INPUT_RANGES.reach.max;
  return {
    inputs,
    result,
    goal,
    counts,
    // Each rate as the share of the stage before: with a full diary, fewer opportunities are won than the win rate says.
    rates: goalMode
      ? [null, ...FUNNEL_STAGES.slice(1).map((s) => (s.rate ? inputs[s.rate] / 100 : null))]
      : result.stages.map((s) => s.rate),
    figures,
    summary: goalMode ? summarizeGoal(goal, inputs.reps) : summarize(result),
    sales: goalMode ? '' : salesLine(result),
    matched,
    base,
    scenarioName: matched?.name ?? (base ? `${base.name}, changed` : 'Your own numbers'),
    figureLabel: figureLabelFor(counts, goalMode),
    beyondRange: goalMode && (goal.reach ?? 0) > reachMax,
    simInputs: goalMode ? { ...inputs, reach: Math.min(reachMax, goal.reach ?? 0) } : inputs,
    fileBase: `funnel-${matched?.id ?? 'custom'}${goalMode ? '-goal' : ''}`,
  };
}
