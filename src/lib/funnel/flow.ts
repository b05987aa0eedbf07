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
