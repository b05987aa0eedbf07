/**
 * URL state that cannot break: every value read from a query string is parsed,
 * validated and clamped against a spec. Garbage gives the default plus a notice
 * (plain text, never HTML); nothing here throws.
 */
import { formatCount } from '../format/index.ts';

export interface NumberField {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  /** Round to a whole number after parsing. */
  integer?: boolean;
  /** Human name used in notices, e.g. "People reached per month". */
  label?: string;
}

export interface EnumField<T extends string = string> {
  kind: 'enum';
  default: T;
  values: readonly T[];
  label?: string;
}

export interface BooleanField {
  kind: 'boolean';
  default: boolean;
  label?: string;
}

export type Field = NumberField | EnumField | BooleanField;
export type Spec = Record<string, Field>;

export type Values<S extends Spec> = {
  [K in keyof S]: S[K] extends NumberField
    ? number
    : S[K] extends EnumField<infer T>
      ? T
      : S[K] extends BooleanField
        ? boolean
        : never;
};

export interface ParseResult<S extends Spec> {
  values: Values<S>;
  /** One plain-text sentence per value that was missing its mark. */
  notices: string[];
}

/** Longer raw values are cut before they reach a notice. */
const MAX_ECHO = 24;
/** Anything longer than this is not a number anyone typed. */
const MAX_RAW = 64;

function echo(raw: string): string {
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > MAX_ECHO ? `${clean.slice(0, MAX_ECHO)}…` : clean;
}

function nameOf(key: string, field: Field): string {
  return field.label ?? key;
}

/** Parses one number field; returns the value and, when it had to step in, a notice. */
export function parseNumber(
  key: string,
  raw: string | null,
  field: NumberField,
): { value: number; notice?: string } {
  if (raw === null || raw.trim() === '') return { value: field.default };
  const name = nameOf(key, field);
  const trimmed = raw.trim();
  // Only plain decimal notation: no hex, no exponents of a thousand digits, no "Infinity".
  if (trimmed.length > MAX_RAW || !/^-?(\d+\.?\d*|\.\d+)$/.test(trimmed)) {
    return {
      value: field.default,
      notice: `${name}: “${echo(raw)}” is not a number, so the default ${formatCount(field.default)} is used.`,
    };
  }
  let n = Number(trimmed);
  if (!Number.isFinite(n)) {
    return {
      value: field.default,
      notice: `${name}: “${echo(raw)}” is not a usable number, so the default ${formatCount(field.default)} is used.`,
    };
  }
  if (field.integer) n = Math.round(n);
  if (n < field.min) {
    return {
      value: field.min,
      notice: `${name}: ${echo(trimmed)} is below the minimum, so ${formatCount(field.min)} is used.`,
    };
  }
  if (n > field.max) {
    return {
      value: field.max,
      notice: `${name}: ${echo(trimmed)} is above the maximum, so ${formatCount(field.max)} is used.`,
    };
  }
  return { value: n };
}

function parseField(key: string, raw: string | null, field: Field): { value: unknown; notice?: string } {
  if (field.kind === 'number') return parseNumber(key, raw, field);
  if (raw === null || raw === '') return { value: field.default };
  if (field.kind === 'boolean') {
    if (raw === '1' || raw === 'true') return { value: true };
    if (raw === '0' || raw === 'false') return { value: false };
    return {
      value: field.default,
      notice: `${nameOf(key, field)}: “${echo(raw)}” is not on or off, so the default is used.`,
    };
  }
  if ((field.values as readonly string[]).includes(raw)) return { value: raw };
  return {
    value: field.default,
    notice: `${nameOf(key, field)}: “${echo(raw)}” is not one of the choices, so “${field.default}” is used.`,
  };
}

/** Reads every field of `spec` from a query string ("?a=1&b=2") or URLSearchParams. */
export function parseQuery<S extends Spec>(spec: S, query: string | URLSearchParams): ParseResult<S> {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    params = new URLSearchParams();
  }
  const values: Record<string, unknown> = {};
  const notices: string[] = [];
  for (const [key, field] of Object.entries(spec)) {
    let raw: string | null = null;
    try {
      raw = params.get(key);
    } catch {
      raw = null;
    }
    const { value, notice } = parseField(key, raw, field);
    values[key] = value;
    if (notice) notices.push(notice);
  }
  return { values: values as Values<S>, notices };
}

/** Clamps a number into a field's range (and rounds it when the field is whole). */
export function clampToField(n: number, field: NumberField): number {
  if (!Number.isFinite(n)) return field.default;
  const v = field.integer ? Math.round(n) : n;
  return Math.min(field.max, Math.max(field.min, v));
}

/**
 * Writes values back as a query string, keys in spec order. Values equal to
 * their default are left out unless `keepDefaults` is set, so links stay short.
 */
export function toQuery<S extends Spec>(
  spec: S,
  values: Partial<Values<S>>,
  options: { keepDefaults?: boolean } = {},
): string {
  const params = new URLSearchParams();
  for (const [key, field] of Object.entries(spec)) {
    const v = (values as Record<string, unknown>)[key];
    if (v === undefined) continue;
    if (!options.keepDefaults && v === field.default) continue;
    if (field.kind === 'boolean') params.set(key, v ? '1' : '0');
    else if (field.kind === 'number') {
      const n = Number(v);
      params.set(key, String(Math.round(n * 1e6) / 1e6));
    } else params.set(key, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The default values of a spec. */
export function defaultsOf<S extends Spec>(spec: S): Values<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec)) out[key] = field.default;
  return out as Values<S>;
}
