/**
 * How the simulator shows its inputs: which team owns each field, its unit
 * and how its value reads aloud. The ranges themselves live in state.ts.
 */
import { formatCount, formatMoney, formatPercentValue } from '../format/index.ts';
import type { Team } from '../vocabulary/teams.ts';
import type { InputKey } from './state.ts';

/** The inputs each team's fieldset holds, in order. */
export const TEAM_INPUTS: Record<Team, readonly InputKey[]> = {
  marketing: ['reach', 'interest', 'desire', 'action', 'cpr'],
  sales: ['qualified', 'win', 'reps', 'capacity', 'salescost', 'deal', 'margin', 'churn'],
};

const MONEY = new Set<InputKey>(['deal', 'cpr', 'salescost']);
const COUNTS = new Set<InputKey>(['reach', 'reps', 'capacity']);

/** The short unit shown after the number field ("%"), or none. */
export function inputUnit(key: InputKey): string | undefined {
  return MONEY.has(key) || COUNTS.has(key) ? undefined : '%';
}

/** How a value of the field reads on the slider and in messages. */
export function inputFormat(key: InputKey): (n: number) => string {
  if (MONEY.has(key)) return formatMoney;
  if (COUNTS.has(key)) return formatCount;
  return (n: number) => formatPercentValue(n);
}
