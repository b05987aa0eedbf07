/**
 * The service-level agreement, worked backwards from a revenue goal with the
 * funnel's goal mode: new contract value wanted → clients → opportunities →
 * the marketing-qualified leads marketing must deliver each month. Then the
 * promises each team makes, as sentences the one-page agreement prints.
 */
import { computeGoal } from '../funnel/goal.ts';
import { DEFAULT_INPUTS, type FunnelInputs } from '../funnel/model.ts';
import { formatCount, formatMoney } from '../format/index.ts';
import { LEAD_CHECKS, type AgreementValues, type LeadCheck } from './state.ts';

/** Weeks in an average month, to turn a monthly lead count into a weekly one. */
export const WEEKS_PER_MONTH = 52 / 12;

export interface AgreementNumbers {
  /** Clients to win a month (whole clients, rounded up). */
  clients: number;
  /** Qualified opportunities sales must work a month. */
  opportunities: number;
  /** Marketing-qualified leads marketing must deliver a month. */
  leads: number;
  /** The same, a week (rounded up). */
  leadsPerWeek: number;
  /** New contract value those clients bring (clients × contract), at least the goal. */
  contractValue: number;
  /** Monthly recurring revenue those clients add (contract value ÷ 12). */
  recurringAdded: number;
}

/** The funnel inputs the goal mode needs; the stages above the hand-over do not change the lead count. */
function funnelInputs(v: AgreementValues): FunnelInputs {
  return { ...DEFAULT_INPUTS, qualified: v.accept, win: v.close, deal: v.contract };
}

export function agreementNumbers(v: AgreementValues): AgreementNumbers {
  const clients = v.target > 0 ? Math.ceil(v.target / v.contract - 1e-9) : 0;
  const goal = computeGoal(funnelInputs(v), clients);
  // Rates are at least 1 %, so every count exists; 0 stands in only if the model says otherwise.
  const leads = goal.counts[3] ?? 0;
  const opportunities = goal.counts[4] ?? 0;
  return {
    clients,
    opportunities,
    leads,
    leadsPerWeek: leads > 0 ? Math.ceil(leads / WEEKS_PER_MONTH - 1e-9) : 0,
    contractValue: clients * v.contract,
    recurringAdded: (clients * v.contract) / 12,
  };
}

export const CHECK_TEXT: Record<LeadCheck, string> = {
  fit: 'fits the client profile we agreed',
  need: 'has a need our offer solves',
  budget: 'can pay for it, now or this quarter',
  authority: 'can decide, or names the person who does',
  timing: 'means to buy within three months',
};

const CADENCE_TEXT = { weekly: 'every week', fortnightly: 'every two weeks', monthly: 'once a month' } as const;

export interface AgreementText {
  title: string;
  goal: string;
  marketing: string[];
  sales: string[];
  goodLead: string;
  together: string[];
}

/** The agreement in words: what the one-page print says. */
export function agreementText(v: AgreementValues, n: AgreementNumbers = agreementNumbers(v)): AgreementText {
  const checks = LEAD_CHECKS.filter((c) => v[c]).map((c) => CHECK_TEXT[c]);
  const goodLead = checks.length
    ? `A good lead scores ${v.score} points or more and ${joinAnd(checks)}.`
    : `A good lead scores ${v.score} points or more.`;
  return {
    title: 'Service-level agreement between marketing and sales',
    goal: `Together we aim to sign ${formatMoney(n.contractValue)} of new contract value a month: ${formatCount(n.clients)} new ${n.clients === 1 ? 'client' : 'clients'}, adding ${formatMoney(Math.round(n.recurringAdded))} of monthly recurring revenue.`,
    marketing: [
      `Marketing delivers ${formatCount(n.leads)} good leads a month, about ${formatCount(n.leadsPerWeek)} a week.`,
      'Marketing passes each lead on with what it has read, asked and used, so sales does not start from nothing.',
      'Marketing nurtures the leads sales returns until they are ready, and reports how many came back.',
    ],
    sales: [
      `Sales calls every good lead within ${v.callin} working ${v.callin === 1 ? 'hour' : 'hours'}.`,
      `Sales qualifies ${v.accept} % of them into ${formatCount(n.opportunities)} opportunities and wins ${v.close} % of those.`,
      `Sales returns a lead it rejects within ${v.back} working ${v.back === 1 ? 'day' : 'days'}, with the reason.`,
    ],
    goodLead,
    together: [
      `We review these numbers together ${CADENCE_TEXT[v.review]}, and change the definition of a good lead only together.`,
      'When a number is missed, we look for the cause before we look for the culprit.',
    ],
  };
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
