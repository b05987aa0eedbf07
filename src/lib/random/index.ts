/**
 * Seeded randomness. Every simulation in the guide draws from here so that
 * the same seed always gives the same numbers, in tests and in the browser.
 */

export type Rng = () => number;

/** Mulberry32: tiny, fast, good enough for teaching simulations. Returns [0, 1). */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from any string (FNV-1a), e.g. to seed per attempt or per page. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A new array in a seeded order (Fisher–Yates); the input is left alone. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  let u = 0;
  while (u === 0) u = rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * How many of `n` independent trials succeed with probability `p`.
 * Exact for small n or small expected counts; a continuity-corrected normal
 * approximation for large ones, so 10 million people per month stays fast.
 */
export function binomial(n: number, p: number, rng: Rng): number {
  const trials = Math.max(0, Math.floor(n));
  if (trials === 0 || p <= 0) return 0;
  if (p >= 1) return trials;
  if (trials <= 64) {
    let k = 0;
    for (let i = 0; i < trials; i++) if (rng() < p) k++;
    return k;
  }
  const q = Math.min(p, 1 - p);
  const mean = trials * q;
  let k: number;
  if (mean < 30) {
    // Waiting-time method: sum geometric gaps until they pass n.
    const logQ = Math.log(1 - q);
    k = 0;
    let pos = 0;
    for (;;) {
      let u = rng();
      while (u === 0) u = rng();
      pos += Math.floor(Math.log(u) / logQ) + 1;
      if (pos > trials) break;
      k++;
    }
  } else {
    const sd = Math.sqrt(mean * (1 - q));
    k = Math.round(mean + sd * normal(rng));
    k = Math.min(trials, Math.max(0, k));
  }
  return q === p ? k : trials - k;
}

/** The q-quantile (0..1) of numbers, by linear interpolation; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  // Input that is already in order (callers taking several quantiles sort
  // once) skips the copy and the sort.
  let ordered = true;
  for (let i = 1; i < values.length; i++) {
    if (values[i - 1]! > values[i]!) {
      ordered = false;
      break;
    }
  }
  const sorted = ordered ? values : values.slice().sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
