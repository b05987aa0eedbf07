/**
 * Reads the sales collections (the six steps, the role-play scenarios) for
 * pages, chapters and the JSON files the live widgets load. Build time only:
 * it imports `astro:content`, so it stays out of the pure models in src/lib.
 */
import { getCollection } from 'astro:content';
import { SALES_STEPS, type SalesStep } from '../lib/steps/model.ts';
import type { Scenario } from '../lib/roleplay/graph.ts';

/** The six steps in the order of SALES_STEPS; a missing step fails the build by name. */
export async function getSalesSteps(): Promise<SalesStep[]> {
  const entries = await getCollection('salesSteps');
  return SALES_STEPS.map((id) => {
    const entry = entries.find((e) => e.id === id);
    if (!entry) {
      throw new Error(`content/sales-process.yaml: the step "${id}" is missing; list all six: ${SALES_STEPS.join(', ')}.`);
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
