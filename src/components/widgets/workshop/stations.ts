/**
 * The station registry: for each widget that follows the widget contract,
 * its title, its state spec (station-specs.ts) and a dynamic import of its
 * top component, so a deck page loads a widget's code only when its slide is
 * shown. The page names each module (StationModules.astro).
 */
import type { Component } from 'svelte';
import type { Spec, StateSpec } from '../../../lib/url-state/index.ts';
import type { StationWidget } from '../../../lib/workshop/types.ts';
import { STATION_TITLES } from '../../../lib/workshop/widgets.ts';
import { STATION_SPECS, type StationContent } from './station-specs.ts';

export type { StationContent };

/** The props every contract widget takes on a stage. */
export interface StationProps {
  state?: unknown;
  onchange?: (values: Record<string, unknown>) => void;
  presentation?: 'page' | 'stage';
  controls?: boolean;
  [extra: string]: unknown;
}

export interface Station {
  /** What the widget is called on the presenter view and in the guide. */
  title: string;
  /** The widget's state spec, built from the same content its component is given. */
  spec: (content: StationContent) => StateSpec<Spec>;
  load: () => Promise<{ default: Component<StationProps> }>;
}

/**
 * Imports a widget's built module from the address the page wrote down for it
 * (StationModules.astro): the one dynamic import of a station.
 */
function loader(widget: StationWidget): Station['load'] {
  return async () => {
    const holder = document.querySelector<HTMLTemplateElement>('template[data-station-modules]');
    const url = holder?.content.querySelector(`[data-station="${widget}"] astro-island`)?.getAttribute('component-url');
    if (!url) throw new Error(`This page does not carry the ${widget} widget.`);
    return (await import(/* @vite-ignore */ url)) as { default: Component<StationProps> };
  };
}

export const STATIONS: Partial<Record<StationWidget, Station>> = Object.fromEntries(
  (Object.keys(STATION_SPECS) as StationWidget[]).map((w) => [
    w,
    { title: STATION_TITLES[w], spec: STATION_SPECS[w], load: loader(w) },
  ]),
);

/** The context key under which a stage hands each station its content. */
export const STATION_CONTENT = Symbol('station-content');
