/**
 * Links shared before a widget joined the contract carry other keys or other
 * value forms (the scorecard's `r=5432…`, the recap's `moment=objection-close`).
 * `withLegacy` wraps a spec so that `parse` reads them too: the widget's
 * `upgrade` turns them into the current keys, and its notices are kept. The
 * old keys count among the spec's keys, so the next write removes them from
 * the address bar and only the new keys are written.
 */
import type { ParseResult, Spec, StateInput, StateSpec } from './index.ts';

export interface Legacy {
  /** Keys older links carry that the spec no longer declares. */
  keys: readonly string[];
  /**
   * Reads the old keys (and old value forms of current keys) through `get` and
   * returns the raw values to use for current keys, plus plain-text notices.
   * Only called for query strings and plain objects; must not throw.
   */
  upgrade(get: (key: string) => string | null): { set: Record<string, string>; notices: string[] };
}

export function withLegacy<S extends Spec>(spec: StateSpec<S>, legacy: Legacy): StateSpec<S> {
  const current = spec.keys as readonly string[];
  const old = legacy.keys.filter((k) => !current.includes(k));
  const parse = (input: StateInput): ParseResult<S> => {
    let params: URLSearchParams | null = null;
    let obj: Record<string, unknown> | null = null;
    if (typeof input === 'string' || input instanceof URLSearchParams) {
      try {
        params = new URLSearchParams(input);
      } catch {
        params = new URLSearchParams();
      }
    } else if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
      obj = { ...(input as Record<string, unknown>) };
    } else {
      return spec.parse(input);
    }
    const get = (key: string): string | null => {
      if (params) return params.get(key);
      const v = obj![key];
      return typeof v === 'string' ? v : null;
    };
    let upgraded: { set: Record<string, string>; notices: string[] };
    try {
      upgraded = legacy.upgrade(get);
    } catch {
      upgraded = { set: {}, notices: [] };
    }
    for (const [k, v] of Object.entries(upgraded.set)) {
      if (params) params.set(k, v);
      else obj![k] = v;
    }
    for (const k of old) {
      if (params) params.delete(k);
      else delete obj![k];
    }
    const result = spec.parse(params ?? obj);
    return { ...result, notices: [...upgraded.notices, ...result.notices] };
  };
  const wrapped: StateSpec<S> = {
    fields: spec.fields,
    keys: [...current, ...old] as StateSpec<S>['keys'],
    get defaults() {
      return spec.defaults;
    },
    parse,
    serialise: (values, options) => spec.serialise(values, options),
    clamp: (values) => spec.clamp(values),
    withDefaults: (defaults) => withLegacy(spec.withDefaults(defaults), legacy),
  };
  return wrapped;
}
