/**
 * The pipeline forecast's state: every input of the widget, declared once
 * (default, range, step, label). The sliders, the URL and the model's clamps
 * all read these fields. Keys are the ones links have carried so far.
 *
 * Leafline's defaults: about 50 qualified opportunities a month (12 a week);
 * the stage chances multiply to about 25 %, the win rate in chapter 1.
 */
import { defineState, type NumberField, type Values } from '../url-state/index.ts';

const pct = (label: string, value: number) =>
  ({ kind: 'number', default: value, min: 0, max: 100, step: 1, label }) as const satisfies NumberField;
const wk = (label: string, value: number) =>
  ({ kind: 'number', default: value, min: 1, max: 12, step: 0.5, label }) as const satisfies NumberField;

export const forecastState = defineState({
  deals: { kind: 'number', default: 12, min: 0, max: 200, integer: true, step: 1, label: 'New deals per week' },
  value: { kind: 'number', default: 2400, min: 0, max: 100_000, step: 100, scale: 'log', label: 'Value of a closed deal' },
  weeks: { kind: 'number', default: 26, min: 4, max: 52, integer: true, step: 1, label: 'Weeks to forecast' },
  p1: pct('Qualified → presented', 80),
  p2: pct('Presented → proposal', 70),
  p3: pct('Proposal → negotiation', 60),
  p4: pct('Negotiation → closed', 75),
  w1: wk('Weeks in qualified', 1),
  w2: wk('Weeks in presented', 1),
  w3: wk('Weeks in proposal', 2),
  w4: wk('Weeks in negotiation', 1),
  seed: { kind: 'number', default: 1, min: 1, max: 999_999, integer: true, step: 1, scale: 'log', label: 'Seed' },
  chart: { kind: 'enum', default: 'revenue', values: ['revenue', 'weekly'], label: 'The chart shows' },
});

export type ForecastValues = Values<typeof forecastState.fields>;
export type ChartView = ForecastValues['chart'];

/** The stage fields in stage order: the chance of moving on (percent) and the average stay. */
export const STAGE_FIELDS = [
  { p: 'p1', w: 'w1' },
  { p: 'p2', w: 'w2' },
  { p: 'p3', w: 'w3' },
  { p: 'p4', w: 'w4' },
] as const;
