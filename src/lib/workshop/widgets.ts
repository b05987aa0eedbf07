/**
 * What pages need to know about the station widgets without loading them:
 * their names, and which tool page shows which. (The station registry in
 * src/components/widgets/workshop/stations.ts imports the components; a page
 * that imports it gets every widget's styles.)
 */
import type { StationWidget } from './types.ts';

export const STATION_TITLES: Record<StationWidget, string> = {
  funnel: 'Funnel simulator',
  steps: 'Six steps of a sale',
  roleplay: 'Objection-handling role-play',
  forecast: 'Pipeline forecast',
  roles: 'Role explorer',
  sorting: 'Who does it?',
  journey: 'Customer-journey map',
  alignment: 'Alignment scorecard',
  recap: 'Journey recap',
};

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
