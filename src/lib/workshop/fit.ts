/**
 * The stage is one fixed logical slide, scaled as a whole to the window and
 * letterboxed, so nothing reflows or scrolls: 1920×1080 on a wide screen,
 * 1440×1080 on a 4:3 one. A station gives its widget about 1700×760 of it
 * (SlideView's padding and heading leave that much).
 */
import type { Aspect } from './types.ts';

export const LOGICAL = { '16:9': { width: 1920, height: 1080 }, '4:3': { width: 1440, height: 1080 } } as const;

export interface Fit {
  aspect: Aspect;
  width: number;
  height: number;
  scale: number;
  /** Offsets that centre the scaled slide. */
  left: number;
  top: number;
}

/** Picks the logical size nearer the window's shape (a deck may prefer one) and the scale that fits it. */
export function fitStage(windowWidth: number, windowHeight: number, prefer?: Aspect): Fit {
  const w = Math.max(1, windowWidth);
  const h = Math.max(1, windowHeight);
  const ratio = w / h;
  // Half-way between 4:3 (1.33) and 16:9 (1.78).
  const aspect: Aspect = ratio < 1.555 ? '4:3' : ratio > 1.555 ? '16:9' : (prefer ?? '16:9');
  const { width, height } = LOGICAL[aspect];
  const scale = Math.min(w / width, h / height);
  return { aspect, width, height, scale, left: (w - width * scale) / 2, top: (h - height * scale) / 2 };
}
