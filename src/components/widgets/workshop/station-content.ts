/**
 * Build time only: the content each station widget takes as props (the same
 * content its tool page gives it), so a deck page can hand it to the stage.
 * A widget whose component needs no content has no entry.
 */
import type { StationWidget } from '../../../lib/workshop/types.ts';
import { STATIONS, type StationContent } from './stations.ts';

const LOADERS: Partial<Record<StationWidget, () => Promise<StationContent>>> = {};

/** Content for every registered station widget (or only those named). */
export async function stationContent(
  widgets: readonly StationWidget[] = Object.keys(STATIONS) as StationWidget[],
): Promise<Partial<Record<StationWidget, StationContent>>> {
  const out: Partial<Record<StationWidget, StationContent>> = {};
  for (const w of widgets) out[w] = (await LOADERS[w]?.()) ?? {};
  return out;
}
