/** Loads the Leafline canon and the scenario inputs its numbers come from (build time only). */
import { getEntry } from 'astro:content';
import { CANON_FILE, CANON_ID, type Canon } from '../lib/canon/schema.ts';
import type { FunnelInputs } from '../lib/funnel/model.ts';
import type { LeaflineScenarios } from '../lib/canon/figures.ts';
import { getScenarios } from './scenarios.ts';

export async function getCanon(): Promise<Canon> {
  const entry = await getEntry('leafline', CANON_ID);
  if (!entry) throw new Error(`${CANON_FILE}: the file must hold one entry, "${CANON_ID}:".`);
  return entry.data;
}

/** Leafline today (baseline) and after the chapter-7 change (aligned), by scenario id. */
export async function getLeaflineScenarios(): Promise<LeaflineScenarios> {
  const list = await getScenarios();
  const out: LeaflineScenarios = { economics: (await getCanon()).economics };
  for (const s of list) if (s.id === 'baseline' || s.id === 'aligned') out[s.id] = s.inputs as FunnelInputs;
  return out;
}
