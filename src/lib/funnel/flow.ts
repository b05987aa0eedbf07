/**
 * The flow animation's arithmetic, apart from the canvas: where each particle
 * is at a given time in the month. Particles live in typed arrays (no object
 * per particle) so 20,000 of them cost a few milliseconds a frame.
 */
import { createRng } from '../random/index.ts';

/** At most this many particles; above it, each particle stands for several people. */
export const MAX_PARTICLES = 20_000;

/** Seconds: particles enter over START_SPREAD, fall for FALL, then settle. */
export const START_SPREAD = 1.6;
export const FALL = 2.0;
export const SETTLE = 0.5;
/** Length of one animated month, in seconds. */
export const MONTH_SECONDS = START_SPREAD + FALL * 1.2 + SETTLE + 0.6;

export interface Particles {
  n: number;
  /** Lateral position across the funnel, -1..1. */
  u: Float32Array;
  /** Start time within the month (s). */
  t0: Float32Array;
  /** Fall speed multiplier around 1. */
  speed: Float32Array;
  /** Where a dropped particle comes to rest: 0..1 across the free side area, and 0..1 down its band. */
  restX: Float32Array;
  restY: Float32Array;
  /** Last stage each particle reaches this month (0..5; 5 = customer). */
  fate: Uint8Array;
}

/** Random but seeded looks for n particles. */
export function createParticles(n: number, seed: number): Particles {
  const rng = createRng(seed ^ 0x5eed);
  const p: Particles = {
    n,
    u: new Float32Array(n),
    t0: new Float32Array(n),
    speed: new Float32Array(n),
    restX: new Float32Array(n),
    restY: new Float32Array(n),
    fate: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    p.u[i] = rng() * 2 - 1;
    p.t0[i] = rng() * START_SPREAD;
    p.speed[i] = 0.85 + rng() * 0.3;
    p.restX[i] = rng();
    p.restY[i] = rng();
  }
  return p;
}

/** How many particles stand for a month of `reach` people, and how many people each is. */
export function particleScale(reach: number, cap = MAX_PARTICLES): { count: number; perParticle: number } {
  const r = Math.max(0, Math.round(reach));
  const count = Math.min(r, cap);
  return { count, perParticle: count === 0 ? 0 : r / count };
}

/**
 * Sets each particle's fate from one month's whole counts. Particle i reaches
 * stage k when i is below that stage's scaled count; the random lateral
 * positions and start times make the order invisible.
 */
export function assignFates(p: Particles, monthCounts: readonly number[]): number[] {
  const reach = monthCounts[0] ?? 0;
  const scaled: number[] = [];
  let prev = p.n;
  for (let k = 0; k < monthCounts.length; k++) {
    const v = reach > 0 ? Math.round(((monthCounts[k] ?? 0) / reach) * p.n) : 0;
    prev = Math.min(prev, v);
    scaled.push(prev);
  }
  let k = scaled.length - 1;
  for (let i = 0; i < p.n; i++) {
    while (k > 0 && i >= scaled[k]!) k--;
    p.fate[i] = i < scaled[0]! ? k : 0;
  }
  return scaled;
}

/** Where the funnel's outline is, in CSS pixels, for a drawing of W × H. */
export interface FlowGeometry {
  W: number;
  H: number;
  narrow: boolean;
  /** Room for stage names on the left (0 when narrow). */
  labelW: number;
  top: number;
  bottom: number;
  bandH: number;
  /** Centre line of the funnel. */
  cx: number;
  /** Half width of the funnel at every pixel row. */
  halfAt: Float32Array;
  /** The hand-over line. */
  handY: number;
}

/**
 * The outline for expected counts: each stage a band whose half width follows
 * a symmetric-log scale of its count, interpolated between band centres.
 * `scale(count)` maps a count to a half width (the caller's symlog scale).
 */
export function flowGeometry(
  width: number,
  height: number,
  expected: readonly number[],
  stages: number,
  handoverAfter: number,
  scaleFor: (peak: number, maxHalf: number) => (count: number) => number,
): FlowGeometry {
  const W = Math.max(240, Math.round(width));
  const H = height;
  const narrow = W < 480;
  const labelW = narrow ? 0 : 104;
  const top = 10;
  const bottom = H - 10;
  const bandH = (bottom - top) / stages;
  const funnelW = (W - labelW) * 0.62;
  const cx = labelW + funnelW / 2 + 4;
  const s = scaleFor(Math.max(1, expected[0] ?? 0), funnelW / 2);
  const halves = Array.from({ length: stages }, (_, i) => Math.max(3, s(expected[i] ?? 0)));
  const halfAt = new Float32Array(H + 1);
  for (let y = 0; y <= H; y++) {
    const pos = (y - top) / bandH - 0.5;
    const i = Math.max(0, Math.min(stages - 1, Math.floor(pos)));
    const j = Math.min(stages - 1, i + 1);
    const f = Math.max(0, Math.min(1, pos - i));
    halfAt[y] = pos < 0 ? halves[0]! : halves[i]! + (halves[j]! - halves[i]!) * f;
  }
  const handY = top + (handoverAfter + 1) * bandH;
  return { W, H, narrow, labelW, top, bottom, bandH, cx, halfAt, handY };
}

/**
 * Positions of every particle at time `t` (seconds into the month), sorted
 * into three buckets of x, y pairs: 0 marketing (above the hand-over),
 * 1 sales (below it, customers included), 2 dropped out (sliding to rest on
 * the right). Returns how many pairs each bucket holds.
 */
export function placeParticles(
  p: Particles,
  t: number,
  g: FlowGeometry,
  stages: number,
  buckets: readonly [Float32Array, Float32Array, Float32Array],
): [number, number, number] {
  const { W, top, bottom, bandH, cx, halfAt, handY } = g;
  const fallH = bottom - top;
  const counts: [number, number, number] = [0, 0, 0];
  const [m, s, l] = buckets;
  const pileH = bandH * 0.7;
  const slide = fallH * 0.22;
  for (let i = 0; i < p.n; i++) {
    const ty = ((t - p.t0[i]!) * p.speed[i]!) / FALL;
    if (ty <= 0) continue;
    let y = top + ty * fallH;
    const f = p.fate[i]!;
    if (f === stages - 1) {
      const rest = bottom - 2 - p.restY[i]! * pileH;
      if (y > rest) y = rest;
      const k = counts[1]++ * 2;
      s[k] = cx + p.u[i]! * halfAt[y | 0]!;
      s[k + 1] = y;
      continue;
    }
    const exitY = top + (f + 1) * bandH;
    if (y < exitY) {
      const x = cx + p.u[i]! * halfAt[y | 0]!;
      const bucket = y < handY ? m : s;
      const k = counts[y < handY ? 0 : 1]++ * 2;
      bucket[k] = x;
      bucket[k + 1] = y;
      continue;
    }
    // Dropped out: slide to a resting place right of the funnel, in the band where it was lost.
    let gl = (y - exitY) / slide;
    if (gl > 1) gl = 1;
    const ex = cx + p.u[i]! * halfAt[exitY | 0]!;
    const edge = cx + halfAt[(exitY - bandH * 0.5) | 0]! + 4;
    const rx = edge + p.restX[i]! * (W - 4 - edge);
    const ry = exitY - bandH + 2 + p.restY[i]! * (bandH - 4);
    const k = counts[2]++ * 2;
    l[k] = ex + (rx - ex) * gl;
    l[k + 1] = exitY + (ry - exitY) * gl;
  }
  return counts;
}
