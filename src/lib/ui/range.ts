import { readNumber } from '../url-state/index.ts';
import { symlogScale } from '../scale/index.ts';

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
  const s = symlogScale([min, max], [0, LOG_POSITIONS], 1);
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
 * The value a slider lands on when its thumb moves to `position`. On a log
 * track the rounding to round numbers can swallow a one-step move (an arrow
 * key at 20,000 would stay at 20,000), so the move continues the same way
 * until the value changes or the track ends.
 */
export function valueAtPosition(scale: RangeScale, current: number, position: number): number {
  let v = scale.toValue(position);
  const from = scale.toPosition(current);
  if (v !== current || position === from) return v;
  const dir = position > from ? 1 : -1;
  const { min, max, step } = scale.positions;
  for (let q = position + dir * step; q >= min && q <= max; q += dir * step) {
    v = scale.toValue(q);
    if (v !== current) return v;
  }
  return v;
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
  const n = readNumber(raw);
  if (n === null) {
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
