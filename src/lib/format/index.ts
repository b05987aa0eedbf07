/**
 * Number formatting shared by every widget, so a figure reads the same everywhere.
 * Ratios whose divisor is zero (or that are not finite) are `null` and print as "n/a".
 */
import { format } from 'd3-format';
import { NA, formatCount, tidy } from './plain.ts';

export { NA, formatCount, formatPercent, formatPercentValue } from './plain.ts';
export const CURRENCY_SYMBOL = '$';

const thousands = format(',.0f');
const twoDecimals = format(',.2f');
const compactSi = format('.3~s');

/** A ratio that is `null` instead of NaN or Infinity. */
export function safeRatio(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) {
    return null;
  }
  const r = numerator / denominator;
  return Number.isFinite(r) ? r : null;
}

function isUsable(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** Money with the site's currency symbol: "$5,000", "$12.50", "-$300". */
export function formatMoney(n: number | null | undefined): string {
  if (!isUsable(n)) return NA;
  const t = tidy(n);
  const abs = Math.abs(t);
  const body = Number.isInteger(abs) || abs >= 1000 ? thousands(abs) : twoDecimals(abs);
  return `${t < 0 ? '-' : ''}${CURRENCY_SYMBOL}${body}`;
}

/** Short money for axis ticks and tight labels: "$12k", "$1.5M". */
export function formatMoneyShort(n: number | null | undefined): string {
  if (!isUsable(n)) return NA;
  const t = tidy(n);
  const abs = Math.abs(t);
  const body = abs < 1000 ? thousands(abs) : compactSi(abs).replace('k', 'k').replace('G', 'B');
  return `${t < 0 ? '-' : ''}${CURRENCY_SYMBOL}${body}`;
}

/** Plural-aware count with a noun: "1 customer", "12.5 customers". */
export function countNoun(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${tidy(n) === 1 ? singular : plural}`;
}
