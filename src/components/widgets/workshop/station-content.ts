/**
 * Build time only: the content each station widget takes as props (the same
 * content its tool page gives it), so a deck page can hand it to the stage.
 * A widget whose component needs no content has no entry.
 */
import type { StationWidget } from '../../../lib/workshop/types.ts';
import { STATION_SPECS, type StationContent } from './station-specs.ts';
import { getScenarios as getFunnelScenarios } from '../../../content/scenarios.ts';
import { getScenarios as getConversations } from '../../../content/sales.ts';
import { loadJourney, loadJourneyMarket, loadPractices, loadRecap, loadRoles, loadSortTasks } from '../../../content/teams.ts';
import { conversationIds } from '../../../lib/roleplay/state.ts';

// The two widgets that fetch their content on hydration get its address, as on their tool pages, so deck pages stay small.
const LOADERS: Partial<Record<StationWidget, () => Promise<StationContent>>> = {
  funnel: async () => ({ scenarios: await getFunnelScenarios() }),
  steps: async () => ({ src: '/data/sales-steps.json' }),
  roleplay: async () => ({ src: '/data/roleplay.json', ids: conversationIds(await getConversations()) }),
  roles: async () => ({ roles: await loadRoles() }),
  sorting: async () => ({ tasks: await loadSortTasks() }),
  journey: async () => ({ phases: await loadJourney(), market: await loadJourneyMarket() }),
  alignment: async () => ({ practices: await loadPractices() }),
  recap: async () => {
    const r = await loadRecap();
    return { moments: r.moments, title: r.title };
  },
};

/** Content for every registered station widget (or only those named). */
export async function stationContent(
  widgets: readonly StationWidget[] = Object.keys(STATION_SPECS) as StationWidget[],
): Promise<Partial<Record<StationWidget, StationContent>>> {
  const out: Partial<Record<StationWidget, StationContent>> = {};
  for (const w of widgets) out[w] = (await LOADERS[w]?.()) ?? {};
  return out;
}
