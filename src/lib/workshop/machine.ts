/**
 * Where the session is: a slide and a step inside it. Next walks a station's
 * script before it leaves the slide, and a room question or poll reveals its
 * answer before it moves on, so a clicker with two buttons runs the deck.
 * Pure functions; the position round-trips through the URL.
 */
import type { Slide } from './types.ts';

export interface Position {
  /** 0-based slide index. */
  slide: number;
  /** 0-based step inside the slide. */
  step: number;
}

/** How many steps a slide has: a station's start plus its script, ask then reveal, or one. */
export function stepsOf(slide: Pick<Slide, 'kind'> & { script?: unknown[] }): number {
  if (slide.kind === 'station') return 1 + (slide.script?.length ?? 0);
  if (slide.kind === 'question' || slide.kind === 'poll') return 2;
  return 1;
}

type Slides = readonly (Pick<Slide, 'kind'> & { script?: unknown[] })[];

/** A valid position for `slides`, whatever it was given. */
export function clampPosition(slides: Slides, pos: Partial<Position>): Position {
  const last = Math.max(0, slides.length - 1);
  const rawSlide = Number.isFinite(pos.slide) ? Math.trunc(pos.slide!) : 0;
  const slide = Math.min(last, Math.max(0, rawSlide));
  const steps = slides[slide] ? stepsOf(slides[slide]) : 1;
  const rawStep = Number.isFinite(pos.step) ? Math.trunc(pos.step!) : 0;
  return { slide, step: Math.min(steps - 1, Math.max(0, rawStep)) };
}

export function next(slides: Slides, pos: Position): Position {
  const p = clampPosition(slides, pos);
  if (p.step + 1 < stepsOf(slides[p.slide]!)) return { slide: p.slide, step: p.step + 1 };
  if (p.slide + 1 < slides.length) return { slide: p.slide + 1, step: 0 };
  return p;
}

/** Back one step; from a slide's first step, to the last step of the slide before. */
export function back(slides: Slides, pos: Position): Position {
  const p = clampPosition(slides, pos);
  if (p.step > 0) return { slide: p.slide, step: p.step - 1 };
  if (p.slide > 0) return { slide: p.slide - 1, step: stepsOf(slides[p.slide - 1]!) - 1 };
  return p;
}

export function first(): Position {
  return { slide: 0, step: 0 };
}

export function last(slides: Slides): Position {
  return { slide: Math.max(0, slides.length - 1), step: 0 };
}

/** Jump to a slide (0-based) at its first step. */
export function goTo(slides: Slides, slide: number): Position {
  return clampPosition(slides, { slide, step: 0 });
}

export function samePosition(a: Position, b: Position): boolean {
  return a.slide === b.slide && a.step === b.step;
}

/**
 * The URL's own keys: the slide (1-based, as people count) and the part of
 * it (a station's script step, a question's reveal). Not "step": the six
 * steps widget already uses that key.
 */
export const POSITION_KEYS = ['slide', 'part'] as const;

function readInt(v: string | null): number | undefined {
  if (v === null || !/^\s*\d{1,4}\s*$/.test(v)) return undefined;
  return Number(v);
}

/** Reads the position from a query string; anything unusable gives the start or the nearest valid place. */
export function positionFromQuery(slides: Slides, query: string | URLSearchParams): Position {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    return first();
  }
  const slide = readInt(params.get('slide'));
  const step = readInt(params.get('part'));
  return clampPosition(slides, { slide: slide === undefined ? 0 : slide - 1, step: step ?? 0 });
}

/** Writes the position as query parameters (slide 1-based; part left out at 0). */
export function positionToParams(pos: Position): [string, string][] {
  const out: [string, string][] = [['slide', String(pos.slide + 1)]];
  if (pos.step > 0) out.push(['part', String(pos.step)]);
  return out;
}

/**
 * A station's scripted state at a step: the start, then each script step's
 * changes applied in turn up to `step`.
 */
export function scriptedState(
  slide: { state: Record<string, unknown>; script: { state: Record<string, unknown> }[] },
  step: number,
): Record<string, unknown> {
  let out = { ...slide.state };
  for (const s of slide.script.slice(0, Math.max(0, step))) out = { ...out, ...s.state };
  return out;
}

/** The query without the position keys: what is left is the current station's state. */
export function stationQuery(query: string): string {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return '';
  }
  for (const k of POSITION_KEYS) params.delete(k);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The session's query: the position (unless left out) followed by the station's state. */
export function sessionQuery(pos: Position | null, station: string): string {
  const out = new URLSearchParams(pos ? positionToParams(pos) : []);
  for (const [k, v] of new URLSearchParams(stationQuery(station))) out.append(k, v);
  const s = out.toString();
  return s ? `?${s}` : '';
}
