/**
 * Geometry of the scorecard's radar chart: one axis per practice, rings at
 * each rating, and closed polygons for the current and target series. The
 * radius is a plain proportion of the rating (0–5) and each shape is a
 * straight-sided polygon, so no scale or shape library reaches the
 * scorecard's pages (a chapter that also carries its quiz stays in budget).
 */
import { MAX_RATING } from './state.ts';

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
  const point = (v: number, i: number) => {
    const a = axisAngle(i, n);
    return { x: Math.sin(a) * r(v), y: -Math.cos(a) * r(v) };
  };
  const round = (x: number) => Math.round(x * 100) / 100;
  // A closed polygon through one value per axis (missing values at the centre).
  const line = (values: readonly number[]) =>
    Array.from({ length: n }, (_, i) => point(values[i] ?? 0, i))
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`)
      .join('') + 'Z';
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
    return { value: v, path: line(Array.from({ length: n }, () => v)) };
  });
  return {
    axes,
    rings,
    current: line(current),
    target: line(target),
    currentPoints: current.map(point),
    targetPoints: target.map(point),
  };
}

/** A label placed beside an axis: its lines, the anchor point and the box it takes. */
export interface RadarLabel {
  lines: string[];
  x: number;
  /** Baseline of each line. */
  baselines: number[];
  anchor: 'start' | 'middle' | 'end';
  box: { x0: number; y0: number; x1: number; y1: number };
}

export interface RadarLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  fontPx: number;
  labels: RadarLabel[];
}

/** Average glyph width of the interface face at weight 650, as a share of the font size (a safe over-estimate). */
const CHAR_EM = 0.7;
const LINE_EM = 1.2;

/** A label in one line, or in two where that shortens its longest line (split at a space or after a hyphen). */
export function wrapLabel(label: string): string[] {
  const cuts: [string, string][] = [];
  for (let i = 1; i < label.length; i++) {
    if (label[i] === ' ') cuts.push([label.slice(0, i), label.slice(i + 1)]);
    else if (label[i - 1] === '-') cuts.push([label.slice(0, i), label.slice(i)]);
  }
  let best: string[] = [label];
  for (const [a, b] of cuts) {
    if (Math.max(a.length, b.length) < Math.max(...best.map((l) => l.length))) best = [a, b];
  }
  return best;
}

/**
 * Sizes the radar to a box in CSS pixels, so that its labels keep `fontPx`
 * on screen (the SVG is drawn at 1 unit = 1 px): the largest radius whose
 * labels fit the width (and `maxHeight`, where given), the centre placed so
 * that nothing is cut, and the height the figure needs.
 */
export function radarLayout(labels: readonly string[], opts: { width: number; fontPx: number; maxHeight?: number; pad?: number }): RadarLayout {
  const n = Math.max(3, labels.length);
  const { width, fontPx } = opts;
  const pad = opts.pad ?? Math.round(fontPx / 2);
  const gap = fontPx * 0.6;
  const lineH = fontPx * LINE_EM;
  const items = Array.from({ length: n }, (_, i) => {
    const lines = wrapLabel(labels[i] ?? '');
    const a = axisAngle(i, n);
    const s = Math.sin(a);
    const c = Math.cos(a);
    const anchor: RadarLabel['anchor'] = Math.abs(s) < 0.2 ? 'middle' : s > 0 ? 'start' : 'end';
    const w = Math.max(...lines.map((l) => l.length)) * CHAR_EM * fontPx;
    const h = lines.length * lineH;
    return { lines, s, c, anchor, w, h };
  });
  // How far the figure reaches from the centre on each side, for a radius r.
  const reach = (r: number) => {
    let left = r;
    let right = r;
    let top = r;
    let bottom = r;
    for (const it of items) {
      const px = it.s * (r + gap);
      const py = -it.c * (r + gap);
      const x0 = it.anchor === 'start' ? px : it.anchor === 'end' ? px - it.w : px - it.w / 2;
      const y0 = it.anchor === 'middle' ? (py < 0 ? py - it.h : py) : py - it.h / 2;
      left = Math.max(left, -x0);
      right = Math.max(right, x0 + it.w);
      top = Math.max(top, -y0);
      bottom = Math.max(bottom, y0 + it.h);
    }
    return { left, right, top, bottom };
  };
  const fits = (r: number) => {
    const e = reach(r);
    if (e.left + e.right > width - 2 * pad) return false;
    return opts.maxHeight === undefined || e.top + e.bottom <= opts.maxHeight - 2 * pad;
  };
  let lo = 0;
  let hi = Math.max(1, width / 2);
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  const radius = Math.max(fontPx, Math.floor(lo));
  const e = reach(radius);
  // Centred in the width; the spare room goes evenly to both sides.
  const spare = Math.max(0, width - 2 * pad - e.left - e.right);
  const cx = pad + e.left + spare / 2;
  const cy = pad + e.top;
  const placed: RadarLabel[] = items.map((it) => {
    const px = cx + it.s * (radius + gap);
    const py = cy - it.c * (radius + gap);
    const x0 = it.anchor === 'start' ? px : it.anchor === 'end' ? px - it.w : px - it.w / 2;
    const y0 = it.anchor === 'middle' ? (it.c > 0 ? py - it.h : py) : py - it.h / 2;
    return {
      lines: it.lines,
      x: px,
      baselines: it.lines.map((_, k) => y0 + fontPx * 0.95 + k * lineH),
      anchor: it.anchor,
      box: { x0, y0, x1: x0 + it.w, y1: y0 + it.h },
    };
  });
  return { width, height: Math.ceil(cy + e.bottom + pad), cx, cy, radius, fontPx, labels: placed };
}
