/**
 * What to tell a reader when a part of the page that loads on demand failed.
 *
 * Chromium keeps a failed module fetch for the page's lifetime: importing the
 * part again fails at once, without asking the network, even once the
 * connection is back. So after a failure the network is asked directly. If
 * the file cannot be fetched either, the reader is offline and Retry is the
 * answer; if it can (or the server answers at all: a new version may have
 * replaced the file), only a reload will load the part, and the reader is
 * told so and offered one. Browsers that do try again simply succeed on Retry.
 */
export type LoadProblem = 'offline' | 'reload';

/** The address a failed import names in its error (Chromium and Firefox name it), else this page. */
function failedUrl(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /https?:\/\/[^\s'"]+\.js\b/.exec(message)?.[0] ?? location.href;
}

export async function loadProblem(error: unknown): Promise<LoadProblem> {
  try {
    // Any answer means the connection works; through the service worker a saved copy counts too.
    await fetch(failedUrl(error), { cache: 'no-store' });
    return 'reload';
  } catch {
    return 'offline';
  }
}

/** The sentence for a part that failed: `what` starts it, capitalised ("Compare", "the fields"). */
export function loadMessage(part: string, problem: LoadProblem): string {
  const what = part.charAt(0).toUpperCase() + part.slice(1);
  return problem === 'reload'
    ? `${what} could not be loaded, though the connection works: reload the page to try again.`
    : `${what} could not be loaded. Check the connection, then try again.`;
}

/** The action the message offers: its label, and what it does for 'reload'. */
export const RELOAD_LABEL = 'Reload the page';
export function reloadPage(): void {
  location.reload();
}
