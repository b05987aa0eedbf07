/**
 * The schema of the Leafline canon (content/leafline.yaml): the running
 * example's people, rhythm, customers and stories, written once. Funnel numbers
 * are not here; they live in the scenarios. A broken file fails the build,
 * naming the field.
 */
import { z } from 'astro/zod';

const text = z.string().trim().min(2);
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

const person = z.object({ id, name: text, job: text, hats: z.array(id).min(1) }).strict();

const habit = z
  .object({
    id,
    what: text,
    when: text,
    minutes: z.number().int().positive().optional(),
    /** "today": a habit of Leafline as it is (chapters 1–6); "change": it starts in chapter 7. */
    from: z.enum(['today', 'change']),
  })
  .strict();

const customer = z
  .object({
    id,
    name: text,
    job: text,
    practice: z
      .object({
        name: text,
        kind: text,
        staff: z.number().int().positive(),
        dentists: z.number().int().positive(),
        rooms: z.array(text).min(1),
        roomCount: z.number().int().positive(),
        windowless: text,
        plants: z.number().int().positive(),
        helper: text,
      })
      .strict()
      .refine((p) => p.rooms.includes(p.windowless), { message: 'the room without windows must be one of the rooms' }),
    story: z
      .object({
        firstSaw: text,
        booked: text,
        samCalls: text,
        walkthrough: text,
        proposal: text,
        followUp: text,
        ruthChecksIn: text,
        upsell: text,
        crossSell: text,
        referral: text,
        referralMonths: z.number().int().positive(),
      })
      .strict(),
  })
  .strict();

const scoringRule = z
  .object({ id, signal: text, kind: z.enum(['fit', 'behaviour']), points: z.number().int().min(-100).max(100) })
  .strict();

export const canonSchema = z
  .object({
    company: z
      .object({
        name: text,
        city: text,
        offer: text,
        contractMonths: z.number().int().positive(),
        careVisitWeeks: z.number().int().positive(),
        promise: text,
        staff: z.number().int().positive(),
        technicians: z.number().int().min(0),
      })
      .strict(),
    economics: z
      .object({ grossMargin: z.number().min(1).max(100), monthlyChurn: z.number().min(0.1).max(100) })
      .strict(),
    people: z.array(person).min(1),
    rhythm: z.array(habit).min(1),
    words: z.object({ buyer: text, buyers: text }).strict(),
    customers: z.array(customer).min(1),
    goodLead: z.object({ sentence: text, criteria: z.array(text).min(2).max(6) }).strict(),
    leadScoring: z
      .object({
        threshold: z.number().int().min(1).max(200),
        rules: z.array(scoringRule).min(3).max(10),
        /** Worked examples: who, and the ids of the signals they show. */
        examples: z.array(z.object({ who: text, signals: z.array(id).min(1) }).strict()).default([]),
      })
      .strict()
      .refine((s) => s.examples.every((e) => e.signals.every((sig) => s.rules.some((r) => r.id === sig))), {
        message: 'an example names a signal that is not a rule',
      })
      .refine((s) => s.rules.filter((r) => r.points > 0).reduce((n, r) => n + r.points, 0) >= s.threshold, {
        message: 'the positive points must be able to reach the threshold',
      }),
    agreement: z
      .object({
        /** Nadia's goal after the change: new contract value a month. */
        goal: z.number().positive(),
        followUpHours: z.number().positive().max(72),
        returnDays: z.number().int().positive().max(30),
        reviewCadence: text,
      })
      .strict(),
  })
  .strict()
  .superRefine((c, ctx) => {
    // The people named plus the technicians are the whole staff.
    if (c.people.length + c.company.technicians !== c.company.staff) {
      ctx.addIssue({
        code: 'custom',
        path: ['company', 'staff'],
        message: `staff is ${c.company.staff}, but ${c.people.length} people and ${c.company.technicians} technicians are named`,
      });
    }
    for (const [i, cu] of c.customers.entries()) {
      if (cu.practice.rooms.length > cu.practice.roomCount) {
        ctx.addIssue({ code: 'custom', path: ['customers', i, 'practice', 'roomCount'], message: 'more rooms listed than counted' });
      }
    }
  });

export type Canon = z.infer<typeof canonSchema>;

/** A lead's score: the sum of the points of the signals it shows. */
export function leadScore(scoring: Canon['leadScoring'], signals: readonly string[]): number {
  return scoring.rules.filter((r) => signals.includes(r.id)).reduce((n, r) => n + r.points, 0);
}

/** The file's single entry: `leafline:` at the top. */
export const CANON_FILE = 'content/leafline.yaml';
export const CANON_ID = 'leafline';
