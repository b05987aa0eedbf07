/**
 * The one percent formatter, without d3: quiz pages import it directly so they
 * stay far inside their script budget, and the funnel reads the same function
 * through `format/index.ts`. Output matches d3-format's `,.Nf` plus a "%".
 */

export const NA = 'n/a';

/** Tidies -0 and float dust so that 12.4999999 prints as 12.5. */
export function tidy(n: number): number {
  const r = Math.round(n * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number with `digits` decimals and thousands separated by commas ("1,234.5"). */
export function fixed(n: number, digits: number): string {
  const body = Math.abs(n).toFixed(digits);
  const [int = '0', frac] = body.split('.');
  const text = frac === undefined ? group(int) : `${group(int)}.${frac}`;
  // Like d3-format: a value that rounds to zero loses its minus sign.
  return n < 0 && Number(body) !== 0 ? `-${text}` : text;
}

/**
 * A ratio (0.125) as a percentage ("12.5%"). Trailing zeros are dropped,
 * so 0.1 prints "10%", not "10.0%".
 */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) return NA;
  const s = fixed(tidy(ratio * 100), digits);
  return `${digits > 0 ? s.replace(/\.?0+$/, '') : s}%`;
}

/** A percentage already written 0–100 (as in the widgets' fields). */
export function formatPercentValue(pct: number | null | undefined, digits = 1): string {
  return typeof pct === 'number' && Number.isFinite(pct) ? formatPercent(pct / 100, digits) : NA;
}
