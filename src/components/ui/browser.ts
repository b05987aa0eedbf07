/**
 * The few browser calls widgets share: reading and replacing the query string,
 * yielding a task, copying text (downloads are in download.ts, which only the
 * widgets that export load). Each fails quietly where the API is missing.
 */

/** The current query string, or '' on the server. */
export function currentQuery(): string {
  return typeof location === 'undefined' ? '' : location.search;
}

/**
 * Resolves in a later task, so long work done in steps lets the browser paint
 * and handle input in between (no step becomes one long task).
 */
export function nextTask(): Promise<void> {
  return new Promise((done) => setTimeout(done));
}

/** Replaces the query string without adding a history entry. */
export function replaceQuery(query: string): void {
  if (typeof history === 'undefined') return;
  try {
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  } catch {
    /* Some sandboxes forbid history changes; the widget still works. */
  }
}

/** Copies text; resolves to false where the clipboard is not available. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the legacy path */
  }
  try {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.append(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  } catch {
    return false;
  }
}

/** True when the reader asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
