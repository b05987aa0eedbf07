/**
 * The forecast chart's geometry from the rows: scales, the band and line
 * paths, the ticks and their labels. D3 computes, the views draw; the page
 * and the stage share it with their own sizes.
 */
import { area, line } from 'd3-shape';
import { formatCount, formatMoneyShort } from '../format/index.ts';
import { linearScale, type LinearScale } from '../scale/index.ts';
import type { WeekRow } from './model.ts';
import type { ChartView } from './state.ts';

export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface ChartGeometry {
  x: LinearScale;
  y: LinearScale;
  band: string;
  line: string;
  xTicks: number[];
  yTicks: { value: number; label: string }[];
  yLabel: string;
}

/** What the chart plots for one row in each view: the band's edges and the expected line. */
function accessors(view: ChartView, dealValue: number) {
  return view === 'weekly'
    ? { lo: (r: WeekRow) => r.p10, hi: (r: WeekRow) => r.p90, mid: (r: WeekRow) => r.expected }
    : {
        lo: (r: WeekRow) => r.cumulativeP10 * dealValue,
        hi: (r: WeekRow) => r.cumulativeP90 * dealValue,
        mid: (r: WeekRow) => r.cumulativeRevenue,
      };
}

export function chartLabel(view: ChartView): string {
  return view === 'weekly' ? 'Deals closed that week' : 'Revenue closed so far';
}

/** `tickSpacing`: the least room, in px, between two week labels. */
export function chartGeometry(
  rows: readonly WeekRow[],
  view: ChartView,
  dealValue: number,
  box: ChartBox,
  tickSpacing = 70,
): ChartGeometry {
  const { width: W, height: H, margin: M } = box;
  const horizon = rows.length;
  const { lo, hi, mid } = accessors(view, dealValue);
  const yMax = Math.max(...rows.map((r) => Math.max(hi(r), mid(r))), 0);
  const x = linearScale([1, horizon], [M.left, W - M.right]);
  const y = linearScale([0, yMax > 0 ? yMax : view === 'weekly' ? 1 : 1000], [H - M.bottom, M.top], 5);
  const format = view === 'weekly' ? formatCount : formatMoneyShort;
  return {
    x,
    y,
    band:
      area<WeekRow>()
        .digits(1)
        .x((r) => x(r.week))
        .y0((r) => y(lo(r)))
        .y1((r) => y(hi(r)))(rows) ?? '',
    line:
      line<WeekRow>()
        .digits(1)
        .x((r) => x(r.week))
        .y((r) => y(mid(r)))(rows) ?? '',
    xTicks: x.ticks(Math.max(2, Math.min(horizon, Math.floor(W / tickSpacing)))).filter((t) => Number.isInteger(t)),
    yTicks: y.ticks(5).map((value) => ({ value, label: format(value) })),
    yLabel: chartLabel(view),
  };
}
