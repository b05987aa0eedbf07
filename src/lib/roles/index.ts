/**
 * The nine roles of a sales team and a marketing team: filters by stage and
 * time horizon, and the row-by-row comparison the role explorer shows.
 * (The content schema is in schema.ts, so the browser never loads Zod.)
 */
import { JOURNEY_STAGES, JOURNEY_STAGE_LABELS, type JourneyStage } from '../journey/stages.ts';
import { TEAM_LABEL } from '../vocabulary/teams.ts';
import { HORIZONS, PEOPLE, ROLE_IDS, type Horizon, type Person, type RolesValues } from './state.ts';
import type { Role } from './schema.ts';

export type { Role } from './schema.ts';
export { HORIZONS, PEOPLE, type Horizon, type Person };

/** How far ahead a role mainly looks. */
export const HORIZON_LABELS: Record<Horizon, string> = {
  days: 'Days and weeks',
  months: 'Months and quarters',
  years: 'A year and beyond',
};

export interface RoleFilter {
  /** A stage the role must touch, or 'all'. */
  stage: JourneyStage | 'all';
  /** The role's time horizon, or 'all'. */
  horizon: Horizon | 'all';
  /** A Leafline person who does (part of) the role, or 'all'. */
  person?: Person | 'all';
}

/** True when a Leafline person holds or covers a role, e.g. "No one full-time; Ava covers it part-time". */
export function heldBy(role: Role, person: Person): boolean {
  return new RegExp(`\\b${person}\\b`).test(role.leafline.who);
}

/** True when a role passes every filter. */
export function matchesFilter(role: Role, filter: RoleFilter): boolean {
  if (filter.stage !== 'all' && !role.stages.includes(filter.stage)) return false;
  if (filter.horizon !== 'all' && role.horizon !== filter.horizon) return false;
  if (filter.person && filter.person !== 'all' && !heldBy(role, filter.person)) return false;
  return true;
}

/** The roles that pass the filters, in their original order. */
export function filterRoles(roles: readonly Role[], filter: RoleFilter): Role[] {
  return roles.filter((r) => matchesFilter(r, filter));
}

/** A plain sentence saying how many roles match, e.g. "4 of 9 roles match: stage Desire." */
export function describeFilter(count: number, total: number, filter: RoleFilter): string {
  const parts: string[] = [];
  if (filter.stage !== 'all') parts.push(`stage ${JOURNEY_STAGE_LABELS[filter.stage]}`);
  if (filter.horizon !== 'all') parts.push(`time horizon ${HORIZON_LABELS[filter.horizon].toLowerCase()}`);
  if (filter.person && filter.person !== 'all') parts.push(`held by ${filter.person}`);
  if (parts.length === 0) return `All ${total} roles shown.`;
  if (count === 0) return `No role matches: ${parts.join('; ')}.`;
  return `${count} of ${total} ${count === 1 ? 'role matches' : 'roles match'}: ${parts.join('; ')}.`;
}

/** One row of a side-by-side comparison: a label and each role's value as lines of text. */
export interface ComparisonRow {
  key: string;
  label: string;
  a: string[];
  b: string[];
  /** Items both roles share (stages, tools), to point out overlap. */
  shared: string[];
}

/** The stages a role touches, in journey order, as labels. */
export function stageLabels(role: Role): string[] {
  return JOURNEY_STAGES.filter((s) => role.stages.includes(s)).map((s) => JOURNEY_STAGE_LABELS[s]);
}

function overlap(a: readonly string[], b: readonly string[]): string[] {
  const lower = new Set(b.map((x) => x.toLowerCase()));
  return a.filter((x) => lower.has(x.toLowerCase()));
}

/** Two roles, row by row, in a fixed order a reader can scan. */
export function compareRoles(a: Role, b: Role): ComparisonRow[] {
  const sa = stageLabels(a);
  const sb = stageLabels(b);
  return [
    { key: 'team', label: 'Team', a: [TEAM_LABEL[a.team]], b: [TEAM_LABEL[b.team]], shared: a.team === b.team ? [TEAM_LABEL[a.team]] : [] },
    { key: 'mission', label: 'Mission', a: [a.mission], b: [b.mission], shared: [] },
    { key: 'responsibilities', label: 'Responsibilities', a: a.responsibilities, b: b.responsibilities, shared: overlap(a.responsibilities, b.responsibilities) },
    { key: 'metrics', label: 'Judged by', a: a.metrics, b: b.metrics, shared: overlap(a.metrics, b.metrics) },
    { key: 'stages', label: 'Stages touched', a: sa, b: sb, shared: overlap(sa, sb) },
    { key: 'horizon', label: 'Time horizon', a: [HORIZON_LABELS[a.horizon]], b: [HORIZON_LABELS[b.horizon]], shared: a.horizon === b.horizon ? [HORIZON_LABELS[a.horizon]] : [] },
    { key: 'tools', label: 'Tools', a: a.tools, b: b.tools, shared: overlap(a.tools, b.tools) },
    { key: 'leafline', label: 'At Leafline', a: [a.leafline.who], b: [b.leafline.who], shared: [] },
  ];
}

/** Roles sorted in ROLE_IDS order (sales first, then marketing); unknown ids follow, alphabetically. */
export function orderRoles(roles: readonly Role[]): Role[] {
  const rank = (r: Role) => {
    const i = (ROLE_IDS as readonly string[]).indexOf(r.id);
    return i < 0 ? ROLE_IDS.length : i;
  };
  return roles.slice().sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

/** The filter part of the explorer's state. */
export function filterOf(v: Pick<RolesValues, 'rolestage' | 'rolehorizon' | 'roleperson'>): RoleFilter {
  return { stage: v.rolestage, horizon: v.rolehorizon, person: v.roleperson };
}

/** True when any filter is set. */
export function isFiltered(filter: RoleFilter): boolean {
  return filter.stage !== 'all' || filter.horizon !== 'all' || (filter.person ?? 'all') !== 'all';
}

/** The state after "Compare this role": the role goes first, the previous first role second. */
export function compareWith(v: Pick<RolesValues, 'rolea' | 'roleb'>, id: RolesValues['rolea']): Pick<RolesValues, 'rolea' | 'roleb'> {
  return v.rolea === id ? { rolea: v.rolea, roleb: v.roleb } : { rolea: id, roleb: v.rolea };
}

/** The roles of one team that pass the filter, and how many the team has. */
export function teamColumn(roles: readonly Role[], team: Role['team'], filter: RoleFilter): { shown: Role[]; total: number } {
  const list = roles.filter((r) => r.team === team);
  return { shown: list.filter((r) => matchesFilter(r, filter)), total: list.length };
}
