/**
 * The room's answers, counted by hand: one count per option of each room
 * question and poll, kept in the browser for the session and exported as CSV.
 */
import { toCsv, type Cell } from '../format/csv.ts';
import type { Deck } from './types.ts';

/** Nobody runs a workshop for more than this many hands. */
export const MAX_COUNT = 999;

/** Counts per slide id, one number per option. */
export type Tallies = Record<string, number[]>;

export function clampCount(n: unknown): number {
  const v = typeof n === 'number' ? n : typeof n === 'string' && /^\s*\d{1,6}\s*$/.test(n) ? Number(n) : 0;
  return Number.isFinite(v) ? Math.min(MAX_COUNT, Math.max(0, Math.round(v))) : 0;
}

/** Options per counted slide of a deck (room questions and polls). */
export function countedSlides(deck: Pick<Deck, 'slides'>): { id: string; options: string[] }[] {
  return deck.slides.flatMap((s) => {
    if (s.kind === 'question') return [{ id: s.id, options: s.options.map((o) => o.text) }];
    if (s.kind === 'poll') return [{ id: s.id, options: s.options }];
    return [];
  });
}

/** Tallies from storage or a message, fitted to the deck: unknown slides dropped, counts clamped. */
export function parseTallies(deck: Pick<Deck, 'slides'>, raw: unknown): Tallies {
  const out: Tallies = {};
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  for (const { id, options } of countedSlides(deck)) {
    const given = Object.hasOwn(obj, id) && Array.isArray(obj[id]) ? (obj[id] as unknown[]) : [];
    out[id] = options.map((_, i) => clampCount(given[i]));
  }
  return out;
}

/** Sets one option's count (clamped); returns new tallies. */
export function setCount(t: Tallies, slide: string, option: number, count: unknown): Tallies {
  const row = [...(t[slide] ?? [])];
  if (option < 0 || option >= row.length) return t;
  row[option] = clampCount(count);
  return { ...t, [slide]: row };
}

export function total(counts: readonly number[]): number {
  return counts.reduce((a, b) => a + b, 0);
}

/** Share of the room per option, 0–1 (0 when nobody answered). */
export function shares(counts: readonly number[]): number[] {
  const t = total(counts);
  return counts.map((c) => (t === 0 ? 0 : c / t));
}

/**
 * The session's answers as CSV: one row per option of every counted slide,
 * with the slide number, its title, the count, the share and (for room
 * questions) whether the option is right.
 */
export function talliesCsv(deck: Pick<Deck, 'slides' | 'title'>, t: Tallies): string {
  const rows: Cell[][] = [['deck', 'slide', 'kind', 'question', 'option', 'count', 'share', 'correct']];
  deck.slides.forEach((s, i) => {
    if (s.kind !== 'question' && s.kind !== 'poll') return;
    const counts = t[s.id] ?? [];
    const options = s.kind === 'question' ? s.options.map((o) => o.text) : s.options;
    const sh = shares(options.map((_, j) => counts[j] ?? 0));
    options.forEach((o, j) => {
      const correct = s.kind === 'question' ? (s.options[j]!.correct ? 'yes' : 'no') : '';
      rows.push([deck.title, i + 1, s.kind === 'question' ? 'room question' : 'poll', s.prompt, o, counts[j] ?? 0, Math.round(sh[j]! * 1000) / 10, correct]);
    });
  });
  return toCsv(rows);
}
