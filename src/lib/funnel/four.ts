/**
 * "Your funnel in four numbers": most owners know how many people they
 * reached, how many became leads, how many were worth a visit and how many
 * signed, but not how many were interested or wanted to buy. This fills the
 * simulator's six stages from those four counts.
 *
 * The drop from people reached to leads is split evenly across the three
 * marketing steps (awareness → interest → desire → lead): each keeps the same
 * share, the cube root of leads ÷ people reached. That is an assumption, said
 * so where the entry is; the later rates are exact.
 */
import type { FunnelInputs } from './state.ts';

/** The four counts of one month. */
export interface FourNumbers {
  reached: number;
  leads: number;
  opportunities: number;
  customers: number;
}

export type FourResult =
  | {
      ok: true;
      /** The inputs to set: reach and the five rates (and capacity, raised if the opportunities need it). */
      patch: Pick<FunnelInputs, 'reach' | 'interest' | 'desire' | 'action' | 'qualified' | 'win'> &
        Partial<Pick<FunnelInputs, 'capacity'>>;
      /** The rate each marketing step is given, in percent. */
      splitRate: number;
    }
  | { ok: false; message: string };

/** Percent with two decimals: enough that the stages come back to the counts within rounding. */
const pct = (fraction: number) => Math.round(fraction * 10_000) / 100;

/**
 * The six-stage rates from four counts. Counts must be whole, non-negative
 * and each no larger than the one before; otherwise a plain message says
 * which is wrong. `current` supplies the sales capacity, which is raised
 * when the opportunities given could not have been worked otherwise.
 */
export function fromFourNumbers(n: FourNumbers, current: Pick<FunnelInputs, 'reps' | 'capacity'>): FourResult {
  const names: [keyof FourNumbers, string][] = [
    ['reached', 'People reached'],
    ['leads', 'Leads'],
    ['opportunities', 'Opportunities'],
    ['customers', 'New customers'],
  ];
  for (const [k, name] of names) {
    const v = n[k];
    if (!Number.isFinite(v) || v < 0) return { ok: false, message: `${name} must be a number of 0 or more.` };
  }
  if (n.reached <= 0) return { ok: false, message: 'People reached must be more than 0.' };
  for (let i = 1; i < names.length; i++) {
    const [k, name] = names[i]!;
    const [pk, pname] = names[i - 1]!;
    if (n[k] > n[pk]) return { ok: false, message: `${name} cannot be more than ${pname.toLowerCase()}.` };
  }
  const split = Math.cbrt(n.leads / n.reached);
  const patch: Extract<FourResult, { ok: true }>['patch'] = {
    reach: Math.round(n.reached),
    interest: pct(split),
    desire: pct(split),
    action: pct(split),
    qualified: n.leads > 0 ? pct(n.opportunities / n.leads) : 0,
    win: n.opportunities > 0 ? pct(n.customers / n.opportunities) : 0,
  };
  const each = Math.ceil(n.opportunities / Math.max(1, current.reps));
  if (each > current.capacity) patch.capacity = each;
  return { ok: true, patch, splitRate: pct(split) };
}
