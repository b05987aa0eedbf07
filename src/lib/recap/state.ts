/**
 * The recap's state: the moment on show, 1-based (`?moment=3`). Links may
 * also name a moment by its id (`?moment=objection-close`), as they could
 * before this spec; that form is still read and rewritten as a number.
 */
import { defineState, type NumberField, type StateSpec, type Values } from '../url-state/index.ts';
import { withLegacy } from '../url-state/legacy.ts';
import { MAX_MOMENTS } from './moments.ts';

export type RecapFields = { moment: NumberField };
export type RecapValues = Values<RecapFields>;

/** The recap's spec for a list of moments (their ids, in order). */
export function recapState(ids: readonly string[]): StateSpec<RecapFields> {
  const count = Math.max(1, Math.min(MAX_MOMENTS, ids.length));
  const spec = defineState<RecapFields>({
    moment: { kind: 'number', default: 1, min: 1, max: count, integer: true, step: 1, label: 'Moment' },
  });
  return withLegacy(spec, {
    keys: [],
    upgrade(get) {
      const raw = get('moment')?.trim().toLowerCase();
      const byId = raw ? ids.indexOf(raw) : -1;
      const set: Record<string, string> = byId >= 0 ? { moment: String(byId + 1) } : {};
      return { set, notices: [] };
    },
  });
}
