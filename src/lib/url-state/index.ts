/**
 * The widget state contract: every widget declares its state once, as a spec
 * of fields (default, range, label), and this module parses, clamps and
 * serialises it. The same spec reads the URL, a deck station's preset and a
 * message from the presenter window. Garbage gives the default plus a notice
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
  /** Human name used in notices and as the control's label, e.g. "People reached per month". */
  label?: string;
  /** Step of the control (slider arrows, number field). */
  step?: number;
  /** 'log' spreads ranges spanning many decades along a slider track. */
  scale?: 'linear' | 'log';
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

/**
 * A short list of whole numbers (indexes, ids), written "1.4.2" in a URL. Each
 * item must lie in [min, max]; the list is cut to `maxLength`. A key given with
 * nothing ("?replies=") is the empty list, so an emptied list survives a link.
 * With `fixed`, the list always has the default's length (one rating per
 * statement): missing or unreadable items take the default's item there.
 */
export interface ListField {
  kind: 'list';
  default: readonly number[];
  min: number;
  max: number;
  maxLength: number;
  fixed?: boolean;
  label?: string;
}

export type Field = NumberField | EnumField | BooleanField | ListField;
export type Spec = Record<string, Field>;

export type Values<S extends Spec> = {
  [K in keyof S]: S[K] extends NumberField
    ? number
    : S[K] extends EnumField<infer T>
      ? T
      : S[K] extends BooleanField
        ? boolean
        : S[K] extends ListField
          ? number[]
          : never;
};

export interface ParseResult<S extends Spec> {
  values: Values<S>;
  /** One plain-text sentence per value that was missing its mark. */
  notices: string[];
  /** Keys given in an object that the spec does not know (a deck can refuse them). */
  unknown: string[];
}

/** Longer raw values are cut before they reach a notice. */
const MAX_ECHO = 24;
/** Anything longer than this is not a number anyone typed. */
const MAX_RAW = 64;

/**
 * Control characters, bidi overrides and isolates, zero-width characters and
 * the BOM: they could reverse or hide the text of a notice that echoes them.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Strips characters that could hide or reorder echoed text. */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE_CHARS, '');
}

function echo(raw: string): string {
  const clean = stripUnsafe(raw);
  return clean.length > MAX_ECHO ? `${clean.slice(0, MAX_ECHO)}…` : clean;
}

function nameOf(key: string, field: Field): string {
  return field.label ?? key;
}

/**
 * The one rule for typed numbers, in a URL and in a number field alike: plain
 * decimals with an optional sign, thousands separated by commas or spaces, and
 * an optional exponent ("1e3"). No hex, no "Infinity", nothing over 64
 * characters. Returns null for anything else.
 */
export function readNumber(text: string): number | null {
  const t = text.trim();
  if (t === '' || t.length > MAX_RAW) return null;
  const compact = t.replace(/(\d)[,\s](?=\d{3}(\D|$))/g, '$1');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d{1,3})?$/i.test(compact)) return null;
  const n = Number(compact);
  return Number.isFinite(n) ? n : null;
}

/** Parses one number field; returns the value and, when it had to step in, a notice. */
export function parseNumber(
  key: string,
  raw: string | null,
  field: NumberField,
): { value: number; notice?: string } {
  if (raw === null || raw.trim() === '') return { value: field.default };
  const name = nameOf(key, field);
  const read = readNumber(raw);
  if (read === null) {
    return {
      value: field.default,
      notice: `${name}: “${echo(raw)}” is not a number, so the default ${formatCount(field.default)} is used.`,
    };
  }
  const n = field.integer ? Math.round(read) : read;
  if (n < field.min) {
    return {
      value: field.min,
      notice: `${name}: ${echo(raw.trim())} is below the minimum, so ${formatCount(field.min)} is used.`,
    };
  }
  if (n > field.max) {
    return {
      value: field.max,
      notice: `${name}: ${echo(raw.trim())} is above the maximum, so ${formatCount(field.max)} is used.`,
    };
  }
  return { value: n };
}

function parseList(key: string, raw: string, field: ListField): { value: number[]; notice?: string } {
  const readable = (p: string) => {
    const n = readNumber(p);
    return n !== null && Number.isInteger(n) && n >= field.min && n <= field.max ? n : null;
  };
  if (field.fixed) {
    const parts = raw.split(/[.,]/);
    const out = field.default.map((d, i) => (i < parts.length ? (readable(parts[i]!) ?? d) : d));
    const whole = parts.length === field.default.length && parts.every((p) => readable(p) !== null);
    return whole
      ? { value: out }
      : { value: out, notice: `${nameOf(key, field)}: “${echo(raw)}” was partly unreadable, so the defaults fill the gaps.` };
  }
  const parts = raw.split(/[.,]/).filter((p) => p !== '');
  const out: number[] = [];
  let bad = false;
  for (const p of parts.slice(0, field.maxLength)) {
    const n = readable(p);
    if (n === null) bad = true;
    else out.push(n);
  }
  if (parts.length > field.maxLength) bad = true;
  return bad
    ? { value: out, notice: `${nameOf(key, field)}: “${echo(raw)}” was partly unreadable, so only the usable part is kept.` }
    : { value: out };
}

function parseField(key: string, raw: string | null, field: Field): { value: unknown; notice?: string } {
  if (field.kind === 'number') return parseNumber(key, raw, field);
  if (field.kind === 'list') {
    if (raw === null || (raw === '' && field.fixed)) return { value: [...field.default] };
    return raw === '' ? { value: [] } : parseList(key, raw, field);
  }
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

/** What a state can be read from: a query string, URLSearchParams, or any untrusted value. */
export type StateInput = string | URLSearchParams | unknown;

/** Turns an object's value into the text a URL would carry, or undefined when it is not usable. */
function asRaw(v: unknown): string | null | undefined {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'not a number';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return v.join('.');
  return undefined;
}

/**
 * Reads every field of `spec` from a query string ("?a=1&b=2"), URLSearchParams
 * or a plain object ({ a: 1, b: "2" }). Anything else gives the defaults.
 */
export function parseState<S extends Spec>(spec: S, input: StateInput): ParseResult<S> {
  const values: Record<string, unknown> = {};
  const notices: string[] = [];
  const unknown: string[] = [];
  let get: (key: string) => string | null | undefined;
  if (typeof input === 'string' || input instanceof URLSearchParams) {
    let params: URLSearchParams;
    try {
      params = typeof input === 'string' ? new URLSearchParams(input) : input;
    } catch {
      params = new URLSearchParams();
    }
    get = (key) => {
      const all = params.getAll(key);
      if (all.length > 1) {
        notices.push(`${nameOf(key, spec[key]!)} was given ${all.length} times, so the first value is used.`);
      }
      return all[0] ?? null;
    };
  } else if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const obj = input as Record<string, unknown>;
    for (const k of Object.keys(obj)) if (!Object.hasOwn(spec, k)) unknown.push(k);
    get = (key) => (Object.hasOwn(obj, key) ? asRaw(obj[key]) : null);
  } else {
    get = () => null;
  }
  for (const [key, field] of Object.entries(spec)) {
    const raw = get(key);
    if (raw === undefined) {
      values[key] = field.kind === 'list' ? [...field.default] : field.default;
      notices.push(`${nameOf(key, field)}: the value given is not usable, so the default is used.`);
      continue;
    }
    const { value, notice } = parseField(key, raw, field);
    values[key] = value;
    if (notice) notices.push(notice);
  }
  return { values: values as Values<S>, notices, unknown };
}

/** Reads every field of `spec` from a query string ("?a=1&b=2") or URLSearchParams. */
export function parseQuery<S extends Spec>(spec: S, query: string | URLSearchParams): ParseResult<S> {
  return parseState(spec, query);
}

/** Clamps a number into a field's range (and rounds it when the field is whole). */
export function clampToField(n: number, field: NumberField): number {
  if (!Number.isFinite(n)) return field.default;
  const v = field.integer ? Math.round(n) : n;
  return Math.min(field.max, Math.max(field.min, v));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
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
    if (!options.keepDefaults && sameValue(v, field.default)) continue;
    if (field.kind === 'boolean') params.set(key, v ? '1' : '0');
    else if (field.kind === 'number') {
      const n = Number(v);
      params.set(key, String(Math.round(n * 1e6) / 1e6));
    } else if (field.kind === 'list') params.set(key, (v as number[]).join('.'));
    else params.set(key, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The default values of a spec. */
export function defaultsOf<S extends Spec>(spec: S): Values<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec)) out[key] = field.kind === 'list' ? [...field.default] : field.default;
  return out as Values<S>;
}

/**
 * Replaces `keys` in `current` ("?a=1&b=2") with the values from `patch`
 * (a query string from `toQuery`); keys absent from `patch` are removed, and
 * every other key (another widget's) is kept. Returns "" or "?…".
 */
export function mergeQuery(current: string, patch: string, keys: readonly string[]): string {
  let params: URLSearchParams;
  let next: URLSearchParams;
  try {
    params = new URLSearchParams(current);
    next = new URLSearchParams(patch);
  } catch {
    return patch;
  }
  for (const k of keys) {
    const v = next.get(k);
    if (v === null) params.delete(k);
    else params.set(k, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A widget's declared state: its fields, and the one way to read, clamp and write them. */
export interface StateSpec<S extends Spec> {
  readonly fields: S;
  readonly keys: readonly (keyof S & string)[];
  readonly defaults: Values<S>;
  /** Validates and clamps untrusted input (query string, object, anything); never throws. */
  parse(input: StateInput): ParseResult<S>;
  /** The inverse of parse: a query string ("" or "?…") without the values at their defaults. */
  serialise(values: Partial<Values<S>>, options?: { keepDefaults?: boolean }): string;
  /** A full, valid state from a partial one (a patch from outside): parse ∘ serialise. */
  clamp(values: Partial<Values<S>> | Record<string, unknown>): Values<S>;
  /** The same spec with other defaults (a scenario's numbers, a station's preset). */
  withDefaults(defaults: Partial<Values<S>>): StateSpec<S>;
}

/** Declares a widget's state once; see src/lib/README.md for the contract. */
export function defineState<S extends Spec>(fields: S): StateSpec<S> {
  const keys = Object.keys(fields) as (keyof S & string)[];
  const spec: StateSpec<S> = {
    fields,
    keys,
    get defaults() {
      return defaultsOf(fields);
    },
    parse: (input) => parseState(fields, input),
    serialise: (values, options) => toQuery(fields, values, options),
    clamp: (values) => parseState(fields, { ...defaultsOf(fields), ...values }).values,
    withDefaults(defaults) {
      const next: Record<string, Field> = {};
      for (const k of keys) {
        const f = fields[k]!;
        const d = (defaults as Record<string, unknown>)[k];
        next[k] = d === undefined ? f : ({ ...f, default: parseState({ [k]: f } as Spec, { [k]: d }).values[k] } as Field);
      }
      return defineState(next as S);
    },
  };
  return spec;
}
