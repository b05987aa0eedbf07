/**
 * "Present on the projector": where Chromium offers the Window Management API,
 * the audience window opens on the other screen, sized to fill it, and asks
 * for full screen; elsewhere (or when permission is refused) it opens as a
 * normal window that tells the coach to drag it across and press F.
 */
interface ScreenLike {
  availLeft: number;
  availTop: number;
  availWidth: number;
  availHeight: number;
  isPrimary?: boolean;
}
interface ScreenDetailsLike {
  screens: ScreenLike[];
  currentScreen: ScreenLike;
}

export type Placement = 'projector' | 'manual' | 'blocked';

export async function openOnProjector(url: string, name: string): Promise<{ placement: Placement; win: Window | null }> {
  const w = window as unknown as { getScreenDetails?: () => Promise<ScreenDetailsLike> };
  if (typeof w.getScreenDetails === 'function') {
    try {
      const details = await w.getScreenDetails();
      const other = details.screens.find((s) => s !== details.currentScreen);
      if (other) {
        const features = `popup,left=${other.availLeft},top=${other.availTop},width=${other.availWidth},height=${other.availHeight}`;
        const win = window.open(`${url}#placed`, name, features);
        if (win) return { placement: 'projector', win };
      }
    } catch {
      // Permission refused: fall through to the window the coach drags across.
    }
  }
  const win = window.open(`${url}#drag`, name);
  return { placement: win ? 'manual' : 'blocked', win };
}
