/**
 * The schema of scenario presets (content/scenarios/*.yaml): a name, a
 * two-sentence lesson and the nine numbers. A file that breaks it fails the
 * build, and the message names the file and the field. Kept apart from
 * scenario.ts so the widget never bundles zod.
 */
import { z } from 'astro/zod';
import { INPUT_KEYS, INPUT_LABELS, INPUT_RANGES, type InputKey } from './state.ts';
import { sentenceCount } from './scenario.ts';

function inputField(key: InputKey) {
  const { min, max } = INPUT_RANGES[key];
  return z
    .number({ error: `${INPUT_LABELS[key]} must be a number` })
    .min(min, `${INPUT_LABELS[key]} must be at least ${min}`)
    .max(max, `${INPUT_LABELS[key]} must be at most ${max}`);
}

const inputsShape = Object.fromEntries(INPUT_KEYS.map((k) => [k, inputField(k)])) as Record<
  InputKey,
  ReturnType<typeof inputField>
>;

export const scenarioSchema = z
  .object({
    /** Shown on the picker and in exports. */
    name: z.string().trim().min(3).max(40),
    /** Position on the picker; also the shortcut key (1–9). */
    order: z.number().int().min(1).max(9),
    /** What the scenario teaches, in exactly two sentences. */
    lesson: z
      .string()
      .trim()
      .min(40, 'write the lesson in two full sentences')
      .max(360, 'keep the lesson to two sentences (360 characters at most)')
      .refine((s) => sentenceCount(s) === 2, 'the lesson must be exactly two sentences'),
    inputs: z.object(inputsShape).strict(),
  })
  .strict();

export type ScenarioData = z.infer<typeof scenarioSchema>;

