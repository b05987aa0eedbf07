/** The funnel scenarios collection as the widget receives it: ordered, plain data. */
import { getCollection } from 'astro:content';
import { orderScenarios, type Scenario } from '../lib/funnel/scenario.ts';

/** All scenario presets in picker order (1, 2, 3, …). */
export async function getScenarios(): Promise<Scenario[]> {
  const entries = await getCollection('scenarios');
  return orderScenarios(entries.map((e) => ({ id: e.id, ...e.data })));
}
