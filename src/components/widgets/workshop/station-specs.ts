/**
 * The station widgets' state specs, built from the content each is given:
 * what the build needs to check a deck's states, without importing any
 * component (a page importing this gets no widget's styles). The registry
 * in stations.ts adds each widget's component.
 */
import type { Spec, StateSpec } from '../../../lib/url-state/index.ts';
import type { StationWidget } from '../../../lib/workshop/types.ts';
import { funnelState, type ScenarioNumbers } from '../../../lib/funnel/state.ts';
import { stepsState } from '../../../lib/steps/state.ts';
import { createRoleplayState } from '../../../lib/roleplay/state.ts';
import { forecastState } from '../../../lib/forecast/state.ts';
import { rolesState } from '../../../lib/roles/state.ts';
import { sortingState } from '../../../lib/sorting/state.ts';
import { journeyState } from '../../../lib/journey/state.ts';
import { scorecardState } from '../../../lib/alignment/state.ts';
import { recapState } from '../../../lib/recap/state.ts';

/** Content a widget needs as props (scenarios, conversations), loaded at build by station-content.ts. */
export type StationContent = Record<string, unknown>;

const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
// Each spec is widened to the generic one: the registry holds every widget's.
const any = (spec: unknown) => spec as StateSpec<Spec>;

export const STATION_SPECS: Record<StationWidget, (content: StationContent) => StateSpec<Spec>> = {
  funnel: (c) => any(funnelState(list<ScenarioNumbers>(c.scenarios))),
  steps: () => any(stepsState),
  roleplay: (c) => any(createRoleplayState(list<string>(c.ids))),
  forecast: () => any(forecastState),
  roles: () => any(rolesState),
  sorting: () => any(sortingState),
  journey: () => any(journeyState),
  alignment: (c) => any(scorecardState(list<{ statements: unknown[] }>(c.practices))),
  recap: (c) => any(recapState(list<{ id: string }>(c.moments).map((m) => m.id))),
};

/** The specs alone, for the build-time deck checks. */
export function stationSpecs(
  content: Partial<Record<StationWidget, StationContent>>,
): Partial<Record<StationWidget, StateSpec<Spec>>> {
  return Object.fromEntries(
    Object.entries(STATION_SPECS).map(([k, spec]) => [k, spec(content[k as StationWidget] ?? {})]),
  );
}
