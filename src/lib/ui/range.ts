/**
 * Maps between a value and a slider position. Wide ranges (0 to 10 million)
 * use a symmetric-log scale so every decade gets its share of the track.
 */

/** Slider positions used for log scales: fine enough for arrow-key steps. */
export const LOG_POSITIONS = 1000;

export interface RangeScale {
  toPosition(value: number): number;
  toValue(position: number): number;
  positions: { min: number; max: number; step: number };
}

/** Rounds to the field's step, killing float dust (0.1 + 0.2). */
export function snap(value: number, step: number, min: number): number {
  if (!(step > 0)) return value;
  const n = Math.round((value - min) / step) * step + min;
  const decimals = (String(step).split('.')[1] ?? '').length;
  return Number(n.toFixed(Math.min(10, decimals)));
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function createRangeScale(
  min: number,
  max: number,
  step: number,
  kind: 'linear' | 'log' = 'linear',
): RangeScale {
  if (kind === 'linear') {
    return {
      toPosition: (v) => clamp(v, min, max),
      toValue: (p) => clamp(snap(p, step, min), min, max),
      positions: { min, max, step },
    };
  }
  // Constant 1 keeps the region near zero usable; the nice() step keeps values round.
  const s = symlogScale(min, max, LOG_POSITIONS);
  return {
    toPosition: (v) => Math.round(clamp(s(clamp(v, min, max)), 0, LOG_POSITIONS)),
    toValue: (p) => {
      const raw = s.invert(clamp(p, 0, LOG_POSITIONS));
      return clamp(niceRound(raw, step), min, max);
    },
    positions: { min: 0, max: LOG_POSITIONS, step: 1 },
  };
}

/**
 * The symmetric-log mapping of d3-scale's scaleSymlog (constant 1), written
 * out so that pages with a slider do not ship all of d3-scale (about 7 KB
 * gzipped with its interpolators and colours) for two lines of arithmetic.
 */
export function symlogScale(min: number, max: number, positions: number) {
  const t = (x: number) => Math.sign(x) * Math.log1p(Math.abs(x));
  const ti = (y: number) => Math.sign(y) * Math.expm1(Math.abs(y));
  const t0 = t(min);
  const span = t(max) - t0;
  const fn = (v: number) => (span === 0 ? 0 : ((t(v) - t0) / span) * positions);
  fn.invert = (p: number) => ti(t0 + (p / positions) * span);
  return fn;
}

/** Keeps two significant figures above 100 so a log slider lands on round numbers. */
export function niceRound(value: number, step: number): number {
  if (Math.abs(value) < 100) return snap(value, step, 0);
  const mag = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / mag) * mag;
}

export type CommitResult =
  | { kind: 'ok'; value: number }
  | { kind: 'clamped'; value: number; message: string }
  | { kind: 'invalid'; value: number; message: string };

/**
 * What a typed entry becomes when the field is committed (Enter or leaving it):
 * in range, clamped with a message, or rejected back to the current value.
 */
export function commitTyped(
  raw: string,
  current: number,
  min: number,
  max: number,
  format: (n: number) => string,
): CommitResult {
  const text = raw.trim().replace(/,/g, '');
  const n = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(n)) {
    return {
      kind: 'invalid',
      value: current,
      message: `Enter a number from ${format(min)} to ${format(max)}.`,
    };
  }
  if (n > max) return { kind: 'clamped', value: max, message: `Capped at the maximum, ${format(max)}.` };
  if (n < min) return { kind: 'clamped', value: min, message: `Raised to the minimum, ${format(min)}.` };
  return { kind: 'ok', value: n };
}
