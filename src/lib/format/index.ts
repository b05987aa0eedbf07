/**
 * Number formatting shared by every widget, so a figure reads the same everywhere.
 * Ratios whose divisor is zero (or that are not finite) are `null` and print as "n/a".
 * No d3-format: the same output from `toFixed` and `toPrecision` keeps about
 * 4 KB of gzipped JavaScript off every widget page (notices format numbers too).
 */
import { NA, fixed, tidy } from './percent.ts';

export { NA, formatPercent, formatPercentValue } from './percent.ts';
export const CURRENCY_SYMBOL = '$';

const thousands = (n: number) => fixed(n, 0);
const oneDecimal = (n: number) => fixed(n, 1);
const twoDecimals = (n: number) => fixed(n, 2);

/** Three significant figures with an SI-style suffix, trailing zeros trimmed: "12k", "1.5M", "2.5B". */
function compact(abs: number): string {
  const units = ['k', 'M', 'B', 'T'];
  let i = Math.min(units.length - 1, Math.max(0, Math.floor(Math.log10(abs) / 3) - 1));
  let v = Number((abs / 1000 ** (i + 1)).toPrecision(3));
  // 999,999 rounds to 1,000k: that is 1M.
  if (v >= 1000 && i < units.length - 1) {
    i += 1;
    v = Number((abs / 1000 ** (i + 1)).toPrecision(3));
  }
  return `${String(v)}${units[i]!}`;
}

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

/**
 * A count of people or deals: whole numbers get separators ("20,000"),
 * fractional expected values keep one decimal ("12.5").
 */
export function formatCount(n: number | null | undefined): string {
  if (!isUsable(n)) return NA;
  const t = tidy(n);
  if (Number.isInteger(t) || Math.abs(t) >= 1000) return thousands(t);
  const s = Math.abs(t) < 1 ? twoDecimals(t) : oneDecimal(t);
  return s.replace(/\.?0+$/, '');
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
  const body = abs < 1000 ? thousands(abs) : compact(abs);
  return `${t < 0 ? '-' : ''}${CURRENCY_SYMBOL}${body}`;
}

/** Plural-aware count with a noun: "1 customer", "12.5 customers". */
export function countNoun(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${tidy(n) === 1 ? singular : plural}`;
}
