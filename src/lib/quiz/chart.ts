/**
 * Band geometry for the progress page's horizontal bar charts: the same
 * layout as d3-scale's scaleBand with equal inner and outer padding.
 */
export interface Bands<K extends string> {
  /** Top (or left) of a key's band; the range start for an unknown key. */
  start: (key: K) => number;
  /** Thickness of every band. */
  bandwidth: number;
}

export function bandLayout<K extends string>(keys: readonly K[], range: [number, number], padding = 0.1): Bands<K> {
  const [r0, r1] = range;
  const n = keys.length;
  const p = Math.min(1, Math.max(0, padding));
  // n bands and n + 1 gaps of `padding` band-steps (inner = outer padding).
  const step = n === 0 ? 0 : (r1 - r0) / Math.max(1, n - p + 2 * p);
  const bandwidth = step * (1 - p);
  const index = new Map(keys.map((k, i) => [k, i]));
  return {
    start: (key) => {
      const i = index.get(key);
      return i === undefined ? r0 : r0 + step * p + step * i;
    },
    bandwidth,
  };
}
