/**
 * The CSV export as rows: inputs, stages, key figures and the simulated
 * months. The widget loads this only when a reader exports.
 */
import type { Cell } from '../format/csv.ts';
import { INPUT_KEYS, INPUT_LABELS, FUNNEL_STAGES, type FunnelInputs, type KeyFigures } from './model.ts';
import type { GoalResult } from './goal.ts';
import type { Simulation } from './simulate.ts';
import { keyFigureRows } from './describe.ts';
import { TEAM_LABEL } from '../vocabulary/teams.ts';

/** The stage table as rows (header first) for CSV. */
export function stageRows(counts: readonly (number | null)[], inputs: FunnelInputs): Cell[][] {
  const rows: Cell[][] = [['Stage', 'Team', 'People per month', 'Rate from previous stage (%)']];
  FUNNEL_STAGES.forEach((s, i) => {
    const c = counts[i];
    rows.push([
      s.name,
      TEAM_LABEL[s.team],
      c === null || c === undefined ? 'n/a' : Math.round(c * 1000) / 1000,
      s.rate ? inputs[s.rate] : '',
    ]);
  });
  return rows;
}

/** Everything a spreadsheet needs: inputs, stages, key figures and the simulation. */
export function csvRows(opts: {
  scenarioName: string;
  mode: 'funnel' | 'goal';
  inputs: FunnelInputs;
  counts: readonly (number | null)[];
  figures: KeyFigures;
  goal?: GoalResult;
  simulation?: Simulation;
}): Cell[][] {
  const rows: Cell[][] = [
    ['Funnel simulator export'],
    ['Scenario', opts.scenarioName],
    ['Mode', opts.mode === 'goal' ? 'Goal' : 'Forward'],
  ];
  if (opts.mode === 'goal' && opts.goal) rows.push(['Customers wanted per month', opts.goal.goal]);
  rows.push([], ['Input', 'Value']);
  for (const k of INPUT_KEYS) rows.push([INPUT_LABELS[k], opts.inputs[k]]);
  rows.push([], ...stageRows(opts.counts, opts.inputs));
  rows.push([], ['Key figure', 'Value']);
  for (const [name, text] of keyFigureRows(opts.figures)) rows.push([name, text]);
  if (opts.simulation) {
    const s = opts.simulation;
    rows.push([], ['Simulated month', 'Customers']);
    s.customers.forEach((c, i) => rows.push([i + 1, c]));
    rows.push(['10th percentile', s.p10], ['Median', s.p50], ['90th percentile', s.p90], ['Seed', s.seed]);
  }
  return rows;
}
