/**
 * Several widgets can share one page (chapter 4 has two of ours), so each
 * writes only its own keys into the query string and leaves the others alone.
 */

/**
 * Replaces `keys` in `current` ("?a=1&b=2") with the values from `patch`
 * (a query string from `toQuery`); keys absent from `patch` are removed.
 * Returns "" or "?…".
 */
export function mergeQuery(current: string, patch: string, keys: readonly string[]): string {
  let params: URLSearchParams;
  let next: URLSearchParams;
  try {
    params = new URLSearchParams(current);
    next = new URLSearchParams(patch);
  } catch {
    return patch;
  }
  for (const k of keys) {
    const v = next.get(k);
    if (v === null) params.delete(k);
    else params.set(k, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
