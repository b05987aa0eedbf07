/**
 * Loads the team collections for pages, chapter islands and deck stations, in
 * a stable order, and checks what a single entry's schema cannot: the set of
 * practices, unique touchpoint ids across phases. A problem fails the build
 * naming file and entry.
 */
import { getCollection, getEntry } from 'astro:content';
import { PRACTICE_IDS, type Practice } from '../lib/alignment/index.ts';
import { JOURNEY_STAGES } from '../lib/journey/stages.ts';
import {
  AFTER_PURCHASE_ASSUMED,
  marketCounts,
  marketMonth,
  type JourneyPhase,
  type MarketPhase,
} from '../lib/journey/index.ts';
import { computeFunnel, rateFractions } from '../lib/funnel/model.ts';
import { economicsOf } from '../lib/canon/figures.ts';
import { getLeaflineScenarios } from './leafline.ts';
import type { Recap } from '../lib/recap/schema.ts';
import { orderRoles, type Role } from '../lib/roles/index.ts';
import type { SortTask } from '../lib/sorting/index.ts';

export async function loadRoles(): Promise<Role[]> {
  return orderRoles((await getCollection('roles')).map((e) => e.data));
}

export async function loadSortTasks(): Promise<SortTask[]> {
  const tasks = (await getCollection('sortTasks')).map((e) => e.data);
  if (tasks.length < 24) {
    throw new Error(`content/sort-tasks.yaml: the game needs at least 24 tasks, found ${tasks.length}.`);
  }
  return tasks;
}

export async function loadJourney(): Promise<JourneyPhase[]> {
  const phases = (await getCollection('journey')).map((e) => e.data);
  const seen = new Map<string, string>();
  for (const p of phases) {
    for (const t of p.touchpoints) {
      const other = seen.get(t.id);
      if (other) {
        throw new Error(`content/journey.yaml → ${p.id}: touchpoint id "${t.id}" is already used in ${other}.`);
      }
      seen.set(t.id, p.id);
    }
  }
  return JOURNEY_STAGES.flatMap((s) => phases.filter((p) => p.id === s));
}

export async function loadPractices(): Promise<Practice[]> {
  const practices = (await getCollection('alignment')).map((e) => e.data);
  const missing = PRACTICE_IDS.filter((id) => !practices.some((p) => p.id === id));
  if (missing.length > 0) {
    throw new Error(`content/alignment.yaml: missing practice ${missing.map((m) => `"${m}"`).join(', ')}.`);
  }
  // The state lists one rating per statement in this order, so it must not depend on the file.
  return PRACTICE_IDS.map((id) => practices.find((p) => p.id === id)!);
}

/** One recap from content/recap.yaml (chapter 8 has "journey"). */
export async function loadRecap(id = 'journey'): Promise<Recap> {
  const entry = await getEntry('recap', id);
  if (!entry) throw new Error(`content/recap.yaml: no recap "${id}".`);
  return entry.data;
}

/**
 * The journey map's market view: one month of Leafline today (the baseline
 * scenario through the funnel model) and, after the purchase, the canon's
 * monthly churn (the scenario's own where it has one) and the map's stated assumptions.
 */
export async function loadJourneyMarket(): Promise<MarketPhase[]> {
  const { baseline, economics } = await getLeaflineScenarios();
  if (!baseline) throw new Error('content/scenarios/baseline.yaml: the journey map needs Leafline today.');
  const result = computeFunnel(baseline);
  const [interest, desire, action, qualified, win] = rateFractions(baseline);
  const month = marketMonth(
    result.stages.map((s) => s.count),
    { interest: interest!, desire: desire!, action: action!, qualified: qualified!, win: win! },
  );
  const { monthlyChurn } = economicsOf(baseline, economics);
  return marketCounts(month, { monthlyChurn, ...AFTER_PURCHASE_ASSUMED });
}
