/** Addresses the simulator links to. */

/** The workshop's one-slide stage for the funnel, showing the state in `query` ("" or "?…"). */
export function presentHref(query: string): string {
  return `/workshop/present/funnel/${query}`;
}
