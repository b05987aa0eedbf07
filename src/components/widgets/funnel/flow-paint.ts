/**
 * The flow animation's pixels. The outline is painted once into a
 * background buffer; each frame copies it and writes every dot straight into
 * a Uint32Array, one pass per colour, then puts the image once. Thousands of
 * fillRect calls were measured at over 100 ms a frame for 10,000 dots on a
 * machine without a GPU; this stays at a few milliseconds.
 */
import { FUNNEL_STAGES } from '../../../lib/funnel/model.ts';
import type { FlowGeometry } from '../../../lib/funnel/flow.ts';

export interface FlowColours {
  marketing: string;
  sales: string;
  lost: string;
  mSoft: string;
  sSoft: string;
  ink: string;
  soft: string;
}

/** Until the theme is read: the light theme's colours. */
export const FALLBACK_COLOURS: FlowColours = {
  marketing: '#1c5fa8',
  sales: '#b23c17',
  lost: '#8a8276',
  mSoft: '#dfeafa',
  sSoft: '#fbe6dc',
  ink: '#1d1b18',
  soft: '#4d4841',
};

/** Reads the theme's tokens through a hidden probe element (resolves light-dark() to rgb). */
export function readColours(probe: HTMLElement): FlowColours {
  const get = (v: string) => {
    probe.style.color = `var(${v})`;
    return getComputedStyle(probe).color;
  };
  return {
    marketing: get('--marketing'),
    sales: get('--sales'),
    lost: get('--rule-strong'),
    mSoft: get('--marketing-soft'),
    sSoft: get('--sales-soft'),
    ink: get('--ink'),
    soft: get('--ink-soft'),
  };
}

/** A CSS colour as one little-endian RGBA word, through a 1×1 canvas so any colour syntax works. */
function pack(colour: string): number {
  const c = document.createElement('canvas');
  c.width = c.height = 1;
  const x = c.getContext('2d', { willReadFrequently: true });
  if (!x) return 0xff000000;
  x.fillStyle = colour;
  x.fillRect(0, 0, 1, 1);
  const [r, g, b] = x.getImageData(0, 0, 1, 1).data;
  return ((255 << 24) | (b! << 16) | (g! << 8) | r!) >>> 0;
}

/** The painted outline and the frame buffer that each frame fills. */
export interface FlowCanvas {
  dpr: number;
  image: ImageData;
  frame: Uint32Array;
  background: Uint32Array;
  /** Marketing, sales, dropped out: packed colour words in bucket order. */
  words: [number, number, number];
}

/** Paints the outline (bands, labels, hand-over line) and keeps it as the background buffer. */
export function paintBackground(canvas: HTMLCanvasElement, geo: FlowGeometry, colours: FlowColours): FlowCanvas | null {
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const w = Math.round(geo.W * dpr);
  const h = Math.round(geo.H * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const { W, H, top, bandH, cx, halfAt, handY, labelW } = geo;
  ctx.clearRect(0, 0, W, H);
  for (let i = 0; i < FUNNEL_STAGES.length; i++) {
    const y0 = top + i * bandH;
    const y1 = y0 + bandH;
    const a = halfAt[Math.round(y0)]!;
    const b = halfAt[Math.round(y1)]!;
    ctx.fillStyle = FUNNEL_STAGES[i]!.team === 'marketing' ? colours.mSoft : colours.sSoft;
    ctx.beginPath();
    ctx.moveTo(cx - a, y0);
    ctx.lineTo(cx + a, y0);
    ctx.lineTo(cx + b, y1);
    ctx.lineTo(cx - b, y1);
    ctx.closePath();
    ctx.fill();
    if (labelW > 0) {
      ctx.fillStyle = colours.soft;
      ctx.font = '12px system-ui, sans-serif';
      ctx.fillText(FUNNEL_STAGES[i]!.name.replace(' opportunities', ''), 4, y0 + bandH / 2 + 4);
    }
  }
  ctx.strokeStyle = colours.ink;
  ctx.lineWidth = 1;
  ctx.setLineDash([6, 4]);
  ctx.beginPath();
  ctx.moveTo(0, handY);
  ctx.lineTo(W, handY);
  ctx.stroke();
  ctx.setLineDash([]);
  const img = ctx.getImageData(0, 0, w, h);
  const image = ctx.createImageData(w, h);
  return {
    dpr,
    image,
    frame: new Uint32Array(image.data.buffer),
    background: new Uint32Array(img.data.buffer.slice(0)),
    words: [pack(colours.marketing), pack(colours.sales), pack(colours.lost)],
  };
}

/** Writes the dots of the three buckets over the background and puts the frame. */
export function paintDots(
  canvas: HTMLCanvasElement,
  fc: FlowCanvas,
  buckets: readonly [Float32Array, Float32Array, Float32Array],
  counts: readonly [number, number, number],
  dotCount: number,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { dpr, image, frame: buf, background, words } = fc;
  buf.set(background);
  const w = image.width;
  const h = image.height;
  const size = Math.max(1, Math.round((dotCount < 2000 ? 3 : 2) * dpr));
  // Lost dots first, so moving dots stay on top.
  for (const c of [2, 0, 1] as const) {
    const arr = buckets[c];
    const word = words[c];
    const end = counts[c] * 2;
    for (let j = 0; j < end; j += 2) {
      const x0 = (arr[j]! * dpr) | 0;
      const y0 = (arr[j + 1]! * dpr) | 0;
      if (x0 < 0 || y0 < 0 || x0 + size > w || y0 + size > h) continue;
      let o = y0 * w + x0;
      for (let dy = 0; dy < size; dy++, o += w) {
        for (let dx = 0; dx < size; dx++) buf[o + dx] = word;
      }
    }
  }
  ctx.putImageData(image, 0, 0);
}
