/**
 * The station registry: for each widget that follows the widget contract,
 * its state spec (to validate a deck's states at build time and to parse the
 * presenter's messages) and a dynamic import of its top component, so a deck
 * page loads only the widgets its slides use, when they are shown.
 *
 * A widget joins here once its state spec and its `state` / `onchange` /
 * `presentation` / `controls` props are on main.
 */
import type { Component } from 'svelte';
import type { Spec, StateSpec } from '../../../lib/url-state/index.ts';
import type { StationWidget } from '../../../lib/workshop/types.ts';

/** The props every contract widget takes on a stage. */
export interface StationProps {
  state?: unknown;
  onchange?: (values: Record<string, unknown>) => void;
  presentation?: 'page' | 'stage';
  controls?: boolean;
  [extra: string]: unknown;
}

/** Content a widget needs as props (scenarios, conversations), loaded at build by station-content.ts. */
export type StationContent = Record<string, unknown>;

export interface Station {
  /** What the widget is called on the presenter view and in the guide. */
  title: string;
  /** The widget's state spec, built from the same content its component is given. */
  spec: (content: StationContent) => StateSpec<Spec>;
  load: () => Promise<{ default: Component<StationProps> }>;
}

export const STATIONS: Partial<Record<StationWidget, Station>> = {};

/** The specs alone, for the build-time deck checks. */
export function stationSpecs(
  content: Partial<Record<StationWidget, StationContent>>,
): Partial<Record<StationWidget, StateSpec<Spec>>> {
  return Object.fromEntries(
    Object.entries(STATIONS).map(([k, v]) => [k, v.spec(content[k as StationWidget] ?? {})]),
  );
}

/** The context key under which a stage hands each station its content. */
export const STATION_CONTENT = Symbol('station-content');

/** Which tool page shows which widget (for the tool pages' Present link). */
export const TOOL_WIDGETS: Record<string, StationWidget> = {
  '/tools/funnel/': 'funnel',
  '/tools/sales-process/': 'steps',
  '/tools/roleplay/': 'roleplay',
  '/tools/pipeline/': 'forecast',
  '/tools/roles/': 'roles',
  '/tools/who-does-it/': 'sorting',
  '/tools/journey/': 'journey',
  '/tools/scorecard/': 'alignment',
};
