/**
 * What the presenter window and the audience window tell each other. Every
 * change is sent as the whole session (position, screen, the current
 * station's state, tallies, clock), so a window that missed a message is
 * right again with the next one. Messages are untrusted: parsed and clamped
 * here, and dropped when they are not for this deck.
 */
import { parseClock, type Clock } from './timer.ts';

export type Screen = 'show' | 'black' | 'white';

export interface Snapshot {
  slide: number;
  step: number;
  screen: Screen;
  /** The current station's state as the widget's query ("" = as scripted). */
  station: string;
  /** Counts per slide id (fitted to the deck by the receiver). */
  tallies: unknown;
  clock: Clock;
  /** When the current slide was entered (ms since the epoch): the activity countdown and the slide timer. */
  enteredAt: number;
}

export type Message =
  | { type: 'hello'; deck: string; sender: string }
  | ({ type: 'state'; deck: string; sender: string; seq: number; sentAt: number } & Snapshot);

/** The channel (and storage key) of a deck's session. */
export function channelName(deck: string): string {
  return `workshop:${deck}`;
}

const MAX_QUERY = 2000;

function str(v: unknown, max = 64): string | null {
  return typeof v === 'string' && v.length <= max ? v : null;
}

function int(v: unknown, max: number): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max ? v : null;
}

/** Reads a message; anything not a well-formed message for `deck` gives null. */
export function parseMessage(deck: string, raw: unknown, now: number): Message | null {
  let v = raw;
  if (typeof v === 'string') {
    if (v.length > 200_000) return null;
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (o.deck !== deck) return null;
  const sender = str(o.sender);
  if (!sender) return null;
  if (o.type === 'hello') return { type: 'hello', deck, sender };
  if (o.type !== 'state') return null;
  const slide = int(o.slide, 9999);
  const step = int(o.step, 99);
  const seq = int(o.seq, Number.MAX_SAFE_INTEGER);
  if (slide === null || step === null || seq === null) return null;
  const screen: Screen = o.screen === 'black' || o.screen === 'white' ? o.screen : 'show';
  const station = str(o.station, MAX_QUERY) ?? '';
  const sentAt = typeof o.sentAt === 'number' && Number.isFinite(o.sentAt) ? o.sentAt : now;
  return {
    type: 'state',
    deck,
    sender,
    seq,
    sentAt,
    slide,
    step,
    screen,
    station,
    tallies: o.tallies ?? {},
    clock: parseClock(o.clock, now),
    enteredAt:
      typeof o.enteredAt === 'number' && Number.isFinite(o.enteredAt) && o.enteredAt <= now + 1000 ? o.enteredAt : now,
  };
}
