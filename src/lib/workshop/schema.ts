/**
 * The schema of content/workshops/<id>.yaml. Used by the content collection (a
 * bad deck fails the build: Astro's message names the file, and the path names
 * the slide and the field) and by the unit tests on broken fixtures. The
 * checks that need other content (quiz questions, each widget's state spec)
 * are in check.ts and run when the deck pages are built.
 */
import { z } from 'astro/zod';
import { STATION_WIDGETS } from './types.ts';

/** Projected text stays readable from the back of the room. */
export const MAX_PROJECTED_WORDS = 40;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "leafline-today"');
const text = z.string().trim().min(1, 'must not be empty');
const notes = z.string().trim().min(20, 'write speaker notes of at least one sentence');
const minutes = z.number().positive('plan some time for every slide').max(60, 'split a slide planned for over an hour');
const state = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.number())]));

/** Words of projected text, as the room reads them. */
export function wordCount(...texts: (string | undefined)[]): number {
  return texts
    .filter((t): t is string => !!t)
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const base = { id: slug, title: text, notes, minutes };

const talk = z
  .object({ ...base, kind: z.literal('talk'), text: text.optional(), points: z.array(text).max(6).optional() })
  .strict()
  .superRefine((s, ctx) => {
    const n = wordCount(s.title, s.text, ...(s.points ?? []));
    if (n > MAX_PROJECTED_WORDS) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: `${n} words projected; keep a talk slide to ${MAX_PROJECTED_WORDS} and move the rest to the notes`,
      });
    }
  });

const station = z
  .object({
    ...base,
    kind: z.literal('station'),
    widget: z.enum(STATION_WIDGETS),
    state: state.default({}),
    caption: text.optional(),
    script: z.array(z.object({ caption: text, state }).strict()).max(12).default([]),
  })
  .strict();

const question = z.object({ ...base, kind: z.literal('question'), question: slug }).strict();

const poll = z
  .object({ ...base, kind: z.literal('poll'), prompt: text, options: z.array(text).min(2).max(6) })
  .strict();

const activity = z
  .object({ ...base, kind: z.literal('activity'), text, steps: z.array(text).max(6).optional() })
  .strict();

export const slideSchema = z.discriminatedUnion('kind', [talk, station, question, poll, activity]);

export const deckSchema = z
  .object({
    title: text,
    summary: text,
    audience: text,
    duration: z.number().int().positive().max(480),
    aspect: z.enum(['16:9', '4:3']).default('16:9'),
    materials: z.array(text).default([]),
    slides: z.array(slideSchema).min(1, 'a deck needs at least one slide'),
  })
  .strict()
  .superRefine((deck, ctx) => {
    const seen = new Set<string>();
    deck.slides.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['slides', i, 'id'], message: `two slides are called "${s.id}"` });
      seen.add(s.id);
    });
    const planned = Math.round(deck.slides.reduce((sum, s) => sum + s.minutes, 0) * 100) / 100;
    if (planned !== deck.duration) {
      ctx.addIssue({
        code: 'custom',
        path: ['duration'],
        message: `the slides' minutes add up to ${planned}, not the ${deck.duration} minutes the deck promises`,
      });
    }
  });

export type DeckFile = z.infer<typeof deckSchema>;
