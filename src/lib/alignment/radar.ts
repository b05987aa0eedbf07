/**
 * Geometry of the scorecard's radar chart: one axis per practice, rings at
 * each rating, and closed paths for the current and target series. D3's
 * lineRadial draws the shapes; the radius is a plain proportion of the
 * rating (0–5), which keeps d3-scale (and the chunk other widgets share
 * through it) off the scorecard's pages.
 */
import { lineRadial, curveLinearClosed } from 'd3-shape';
import { MAX_RATING } from './index.ts';

export interface RadarAxis {
  angle: number;
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface RadarGeometry {
  axes: RadarAxis[];
  rings: { value: number; path: string }[];
  current: string;
  target: string;
  currentPoints: { x: number; y: number }[];
  targetPoints: { x: number; y: number }[];
}

/** Angle of axis i of n, starting at twelve o'clock and going clockwise. */
export function axisAngle(i: number, n: number): number {
  return (2 * Math.PI * i) / n;
}

export function radarGeometry(current: readonly number[], target: readonly number[], radius: number): RadarGeometry {
  const n = Math.max(3, current.length);
  const r = (v: number) => (Math.min(MAX_RATING, Math.max(0, Number.isFinite(v) ? v : 0)) / MAX_RATING) * radius;
  const line = lineRadial<number>()
    .angle((_, i) => axisAngle(i, n))
    .radius((d) => r(d))
    .curve(curveLinearClosed);
  const point = (v: number, i: number) => {
    const a = axisAngle(i, n);
    return { x: Math.sin(a) * r(v), y: -Math.cos(a) * r(v) };
  };
  const axes: RadarAxis[] = Array.from({ length: n }, (_, i) => {
    const a = axisAngle(i, n);
    const sx = Math.sin(a);
    const anchor = Math.abs(sx) < 0.2 ? 'middle' : sx > 0 ? 'start' : 'end';
    return {
      angle: a,
      x: sx * radius,
      y: -Math.cos(a) * radius,
      labelX: sx * (radius + 14),
      labelY: -Math.cos(a) * (radius + 14),
      anchor,
    };
  });
  const rings = Array.from({ length: MAX_RATING }, (_, k) => {
    const v = k + 1;
    return { value: v, path: line(Array.from({ length: n }, () => v)) ?? '' };
  });
  return {
    axes,
    rings,
    current: line([...current]) ?? '',
    target: line([...target]) ?? '',
    currentPoints: current.map(point),
    targetPoints: target.map(point),
  };
}
