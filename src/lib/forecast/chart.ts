/**
 * The forecast chart's geometry from the rows: scales, the band and line
 * paths, the ticks and their labels. D3 computes, the views draw; the page
 * and the stage share it with their own sizes.
 */
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

/** One decimal, as d3-shape's `.digits(1)` writes it ("12.5", "3", "-0.5"). */
function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * Straight-segment paths, the same strings d3-shape's line() and area() write
 * with their default linear curve and `.digits(1)` (a unit test compares
 * them). Written here because d3-shape would add 3.5 KB of gzipped JavaScript
 * to a page already at its 40 KB budget, for two lines of arithmetic.
 */
export function linePath(points: readonly (readonly [number, number])[]): string {
  if (points.length === 0) return '';
  const d = `M${points.map(([x, y]) => `${num(x)},${num(y)}`).join('L')}`;
  // A single point is a closed dot, as d3 writes it.
  return points.length === 1 ? `${d}Z` : d;
}

/** A band between a top and a bottom edge at the same x positions, closed. */
export function areaPath(xs: readonly number[], top: readonly number[], bottom: readonly number[]): string {
  if (xs.length === 0) return '';
  const upper = xs.map((x, i) => [x, top[i]!] as const);
  const lower = xs.map((x, i) => [x, bottom[i]!] as const).reverse();
  return `${linePath(upper)}L${lower.map(([x, y]) => `${num(x)},${num(y)}`).join('L')}Z`;
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
    band: areaPath(
      rows.map((r) => x(r.week)),
      rows.map((r) => y(hi(r))),
      rows.map((r) => y(lo(r))),
    ),
    line: linePath(rows.map((r) => [x(r.week), y(mid(r))] as const)),
    xTicks: x.ticks(Math.max(2, Math.min(horizon, Math.floor(W / tickSpacing)))).filter((t) => Number.isInteger(t)),
    yTicks: y.ticks(5).map((value) => ({ value, label: format(value) })),
    yLabel: chartLabel(view),
  };
}
