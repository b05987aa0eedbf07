/**
 * Loads a widget's content from a JSON file on the same site. Resolves to
 * null on any failure (offline, missing file, wrong shape), so the widget can
 * keep showing its server-rendered version with a notice.
 */
export async function loadJson<T>(src: string, isValid: (data: unknown) => data is T): Promise<T | null> {
  try {
    const res = await fetch(src, { headers: { Accept: 'application/json' } });
    if (!res.ok) return null;
    const data: unknown = await res.json();
    return isValid(data) ? data : null;
  } catch {
    return null;
  }
}
