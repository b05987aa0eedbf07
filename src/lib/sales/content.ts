/**
 * Reads the sales collections for pages and chapters. Lives apart from the
 * pure models because it imports `astro:content` (build time only).
 */
import { getCollection } from 'astro:content';
import { STEP_IDS, type SalesStep } from './steps.ts';
import type { Scenario } from './graph.ts';

/** The six steps in the order of STEP_IDS; a missing step fails the build by name. */
export async function getSalesSteps(): Promise<SalesStep[]> {
  const entries = await getCollection('salesSteps');
  return STEP_IDS.map((id) => {
    const entry = entries.find((e) => e.id === id);
    if (!entry) {
      throw new Error(`content/sales-process.yaml: the step "${id}" is missing; list all six: ${STEP_IDS.join(', ')}.`);
    }
    return entry.data as SalesStep;
  });
}

/** Every role-play scenario, in their `order`, each with its file name as `id`. */
export async function getScenarios(): Promise<Scenario[]> {
  const entries = await getCollection('roleplay');
  return entries
    .map((e) => ({ ...e.data, id: e.id }) as Scenario)
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}
