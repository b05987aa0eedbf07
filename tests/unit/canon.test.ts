/**
 * One canon for the running example. Leafline's people and stories live in
 * content/leafline.yaml, its funnel numbers in content/scenarios/. This test
 * fails when a chapter, a quiz or a YAML file states a Leafline figure or story
 * fact that the canon or the scenarios contradict, and when a chapter types a
 * funnel figure instead of computing it with <LeaflineNumber>.
 *
 * Chapters are read from their MDX source with every <LeaflineNumber> replaced
 * by the value the build prints, so the check needs no build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { canonSchema } from '~/lib/canon/schema';
import { allFigures, leaflineFigure, type LeaflineScenarios } from '~/lib/canon/figures';
import { scenarioSchema } from '~/lib/funnel/schema';
import type { FunnelInputs } from '~/lib/funnel/model';

const canon = canonSchema.parse((load(readFileSync('content/leafline.yaml', 'utf8')) as { leafline: unknown }).leafline);
const scenario = (id: string) => scenarioSchema.parse(load(readFileSync(`content/scenarios/${id}.yaml`, 'utf8'))).inputs as FunnelInputs;
const scenarios: LeaflineScenarios = { baseline: scenario('baseline'), aligned: scenario('aligned'), economics: canon.economics };
const figures = allFigures(scenarios);
const value = (key: string) => leaflineFigure(scenarios, key).value;

// ---- the texts ---------------------------------------------------------------

interface Text {
  file: string;
  text: string;
  /** Chapter order, for the story's arc; 0 for files that are not chapters. */
  order: number;
}

/** A chapter as the reader reads it: imports and tags out, computed numbers in. */
function chapterText(source: string): string {
  return source
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<LeaflineNumber\s+([^>]*?)\/>/g, (_, attrs: string) => {
      const of = /of="([^"]+)"/.exec(attrs)![1]!;
      const digits = /digits=\{(\d+)\}/.exec(attrs)?.[1];
      const change = /with="([^"]+)"/.exec(attrs)?.[1];
      // A what-if is not a claim about Leafline's month; the checks below skip it.
      if (change) return 'WHAT-IF';
      return leaflineFigure(scenarios, of, digits === undefined ? undefined : Number(digits)).text;
    })
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*|__/g, '');
}

/** Every string in a YAML value, in document order. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** A quiz states facts in its prompts, correct answers, items and explanations; wrong choices are wrong on purpose. */
function quizStrings(v: unknown): string[] {
  const out: string[] = [];
  const visit = (q: unknown) => {
    if (Array.isArray(q)) return q.forEach(visit);
    if (!q || typeof q !== 'object') return;
    const o = q as Record<string, unknown>;
    if (Array.isArray(o.options)) {
      for (const opt of o.options as Record<string, unknown>[]) if (opt.correct === true) out.push(...strings(opt));
      out.push(...strings({ ...o, options: undefined, distractors: undefined }));
      return;
    }
    if ('distractors' in o) {
      out.push(...strings({ ...o, distractors: undefined }));
      return;
    }
    for (const x of Object.values(o)) {
      if (typeof x === 'string') out.push(x);
      else visit(x);
    }
  };
  visit(v);
  return out;
}

const chapterFiles = readdirSync('content/chapters').filter((f) => /^\d\d-.+\.mdx$/.test(f)).sort();
const chapters: (Text & { source: string })[] = chapterFiles.map((f) => {
  const source = readFileSync(`content/chapters/${f}`, 'utf8');
  return { file: `content/chapters/${f}`, source, text: chapterText(source), order: Number(/^order:\s*(\d+)/m.exec(source)?.[1] ?? 0) };
});
const quizzes: Text[] = readdirSync('content/quizzes')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: `content/quizzes/${f}`, text: quizStrings(load(readFileSync(`content/quizzes/${f}`, 'utf8'))).join('\n\n'), order: 0 }));
const yamlFiles = [
  'content/roles.yaml',
  'content/sort-tasks.yaml',
  'content/journey.yaml',
  'content/alignment.yaml',
  'content/recap.yaml',
  'content/sales-process.yaml',
  'content/glossary.yaml',
  ...readdirSync('content/roleplay').filter((f) => f.endsWith('.yaml')).map((f) => `content/roleplay/${f}`),
  ...['baseline', 'aligned'].map((id) => `content/scenarios/${id}.yaml`),
];
const yamls: Text[] = yamlFiles.map((file) => ({ file, text: strings(load(readFileSync(file, 'utf8'))).join('\n\n'), order: 0 }));
const everything = [...chapters, ...quizzes, ...yamls];

/** Sentences, so that a claim is read with its own context only. */
function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9$])|\n\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, half: 0.5, a: 1, an: 1,
};
function toNumber(raw: string): number | null {
  const w = WORDS[raw.toLowerCase()];
  if (w !== undefined) return w;
  const n = Number(raw.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

// ---- the checks --------------------------------------------------------------

interface Claim {
  /** What the claim is about, for the failure message. */
  name: string;
  /** The sentence must match this to be about the claim (default: any sentence). */
  context?: RegExp;
  /** One capture: the stated value. */
  pattern: RegExp;
  /** The values the canon or the scenarios allow. */
  allowed: (number | string)[];
  /** Counts that may be rounded to a whole number ("about 12" for 12.5). */
  rounding?: boolean;
}

const figureValues = (name: string) => figures.filter((f) => f.key.endsWith(`.${name}`)).map((f) => f.value);
const maria = canon.customers.find((c) => c.id === 'maria')!;
const MARIA = /Maria|Brightwell/;

const claims: Claim[] = [
  // Funnel counts: a number followed by the stage's noun.
  { name: 'leads a month', pattern: /\b(\d[\d,]*(?:\.\d+)?)\s+(?:monthly\s+)?(?:leads|quote requests|MQLs)\b/g, allowed: figureValues('leads'), rounding: true },
  { name: 'opportunities a month', pattern: /\b(\d[\d,]*(?:\.\d+)?)\s+(?:qualified\s+)?(?:opportunities|SQLs|serious prospects)\b/g, allowed: figureValues('opportunities'), rounding: true },
  { name: 'new clients a month', context: /month|Leafline|Sam/, pattern: /\b(\d[\d,]*(?:\.\d+)?)\s+(?:new\s+)?clients\b(?! [a-z]+ (?:stay|leave))/g, allowed: figureValues('clients'), rounding: true },
  { name: 'people reached a month', pattern: /\b(\d[\d,]*)\s+people\s+(?:in the city|reached|see|saw|a month)/g, allowed: figureValues('reach') },
  { name: 'people interested', pattern: /\b(\d[\d,]*)\s+(?:people\s+)?interested\b/g, allowed: figureValues('interested') },
  { name: 'people at the desire stage', pattern: /\b(\d[\d,]*)\s+(?:people\s+)?(?:at the desire stage|with desire|keen visitors)/g, allowed: figureValues('desiring') },
  // Rates.
  { name: 'win rate', pattern: /\b(\d+(?:\.\d+)?)\s?%\s+win rate|win rate (?:from|of|to|rose to|rises to|at)\s+(?:about\s+)?(\d+(?:\.\d+)?)\s?%/g, allowed: figureValues('winRate') },
  { name: 'share of leads qualified', context: /lead|quote/i, pattern: /\bqualif(?:ies|y|ied|ication)\s+(?:rises to |to |from |of |at )?(?:about\s+)?(\d+(?:\.\d+)?)\s?%/g, allowed: figureValues('qualifiedRate') },
  { name: 'leads worth a visit (in ten)', pattern: /\b(\w+) in ten\b[^.]{0,60}worth a visit|worth a visit[^.]{0,30}?\b(\w+) in ten/gi, allowed: figureValues('qualifiedRate').map((p) => p / 10) },
  { name: '"twice as many" worth a visit', pattern: /(twice|double) as many[^.]{0,60}worth a visit/gi, allowed: value('ratio.opportunities') >= 1.9 ? ['twice', 'double'] : [] },
  { name: 'fewer quote requests after the change', pattern: /\b(fewer) (?:quotes|quote requests|people asked for quotes)/gi, allowed: value('aligned.leads') < value('baseline.leads') ? ['fewer'] : [] },
  // Money.
  { name: 'first-year contract value', pattern: /\$([\d,]+)\s+(?:in the first year|first year|a year|first-year contract)/g, allowed: figureValues('deal') },
  { name: 'new contract value a month', pattern: /\$([\d,]+)\s+(?:of\s+)?(?:new\s+)?(?:first-year\s+)?contract value/g, allowed: [...figureValues('contractValue'), ...figureValues('deal')] },
  { name: 'customer acquisition cost', pattern: /(?:acquisition cost|CAC)[^$.]{0,40}\$([\d,]+)|\$([\d,]+) (?:per (?:new )?client|to win)/g, allowed: figureValues('cac'), rounding: true },
  { name: 'cost per lead', pattern: /cost per lead[^$.]{0,20}\$([\d,]+)|\$([\d,]+) a lead/g, allowed: figureValues('costPerLead') },
  { name: 'marketing spend a month', pattern: /spends?\s+\$([\d,]+)(?: a month)? on marketing|marketing budget of \$([\d,]+)/g, allowed: figureValues('spend') },
  { name: 'monthly fee', context: /Maria|Brightwell|Leafline client|a client pays|each client/i, pattern: /\$([\d,]+) a month(?! (?:of|in|more))/g, allowed: [...figureValues('monthlyFee'), ...figureValues('spend'), ...figureValues('salesCost'), ...figureValues('recurringAdded'), ...figureValues('marginPerMonth'), 140, 100, 60, 150] },
  // Maria's practice and story.
  { name: "plants in Maria's plan", context: MARIA, pattern: /\b(\w+)\s+(?:low-light\s+)?plants\b(?! that survive)/gi, allowed: [maria.practice.plants] },
  { name: "treatment rooms at Brightwell", context: MARIA, pattern: /\b(\w+)\s+treatment rooms\b/gi, allowed: [3] },
  { name: 'rooms at Brightwell', context: MARIA, pattern: /\b(\w+)\s+rooms\b/gi, allowed: [maria.practice.roomCount] },
  { name: 'staff at Brightwell', context: MARIA, pattern: /\b(\d+)(?:-person|\s+staff)\b/gi, allowed: [maria.practice.staff] },
  { name: 'dentists at Brightwell', context: MARIA, pattern: /\b(\w+)\s+dentists\b/gi, allowed: [maria.practice.dentists] },
  { name: 'the room with no windows', context: /Maria|Brightwell|her own|her clinic|the practice|the clinic/, pattern: /\b(back office|reception|corridors?|waiting room|treatment rooms?)\b[^.]{0,30}\b(?:has|had|with) no windows|\bno windows\b[^.]{0,20}\b(back office|reception|corridors?|waiting room)\b/gi, allowed: [maria.practice.windowless] },
  { name: 'when Sam calls Maria about her booking', pattern: /Sam calls (?:her|Maria)[^.]{0,20}?\b(the next morning|next morning|within a day|the next day|the same day|within the hour|within an hour)\b/gi, allowed: ['within the hour', 'within an hour'] },
  { name: 'when Maria refers the practice next door', context: /physiotherapy/, pattern: /\b(\w+)\s+months?\s+after\b/gi, allowed: [maria.story.referralMonths] },
  { name: "how often Ruth checks in", context: /Ruth/, pattern: /\b(twice a year|every quarter|once a quarter|each quarter|every month|once a month)\b/gi, allowed: ['every quarter', 'once a quarter', 'each quarter'] },
  { name: 'the day Sam and Ava meet', context: /Sam and Ava|Ava and Sam/, pattern: /\bevery\s+(Monday|Tuesday|Wednesday|Thursday|Friday)\b/g, allowed: ['Thursday'] },
  { name: "Leafline's analysis day", context: /analys/, pattern: /\b(first Monday of each month|every second Friday|end of each month|every Friday)\b/gi, allowed: ['first Monday of each month'] },
];

function norm(v: number | string): number | string {
  return typeof v === 'number' ? Math.round(v * 1000) / 1000 : v.toLowerCase();
}

function contradictions(texts: Text[], claim: Claim): string[] {
  const out: string[] = [];
  const allowed = claim.allowed.map(norm);
  for (const t of texts) {
    for (const s of sentences(t.text)) {
      if (claim.context && !claim.context.test(s)) continue;
      for (const m of s.matchAll(claim.pattern)) {
        const raw = m.slice(1).find((g) => g !== undefined)!;
        const n = toNumber(raw);
        if (typeof claim.allowed[0] === 'number' || claim.allowed.length === 0 && n !== null) {
          if (n === null) continue; // "the plants", "reception plants": no number stated
          const ok = allowed.some((a) => typeof a === 'number' && (a === norm(n) || (claim.rounding && [Math.floor(a), Math.round(a), Math.ceil(a)].includes(n))));
          if (!ok) out.push(`${t.file}: ${claim.name} is ${raw}, the canon says ${claim.allowed.map((a) => (typeof a === 'number' ? Math.round(a * 100) / 100 : a)).join(' or ') || 'otherwise'}: “${s.slice(0, 160)}”`);
        } else if (!allowed.includes(norm(raw))) {
          out.push(`${t.file}: ${claim.name} is “${raw}”, the canon says ${claim.allowed.join(' or ') || 'otherwise'}: “${s.slice(0, 160)}”`);
        }
      }
    }
  }
  return out;
}

describe('the Leafline canon', () => {
  it('is valid, and its people add up to the staff', () => {
    expect(canon.company.staff).toBe(canon.people.length + canon.company.technicians);
  });

  it("has both scenarios: Leafline today and after the change, with the same reach and spend", () => {
    expect(value('aligned.reach')).toBe(value('baseline.reach'));
    expect(value('aligned.spend')).toBe(value('baseline.spend'));
    expect(value('aligned.qualifiedRate')).toBeGreaterThan(value('baseline.qualifiedRate'));
  });
});

describe.each([
  ['chapters', chapters],
  ['quizzes', quizzes],
  ['YAML files', yamls],
] as const)('%s agree with the canon and the scenarios', (_name, texts) => {
  it.each(claims.map((c) => [c.name, c] as const))('%s', (_n, claim) => {
    expect(contradictions(texts, claim)).toEqual([]);
  });
});

describe('chapters compute Leafline’s numbers', () => {
  /** A claim typed with digits in the MDX source: it should be a <LeaflineNumber>. */
  const funnelClaims = claims.filter((c) => /leads|opportunities|clients|people|win rate|qualified|contract value|acquisition|cost per lead|spend/.test(c.name));

  it.each(chapters.map((c) => [c.file, c] as const))('%s types no funnel figure', (_f, ch) => {
    const typed: string[] = [];
    const source = ch.source.replace(/^---[\s\S]*?---/, '').replace(/<LeaflineNumber[^>]*\/>/g, 'N');
    for (const s of sentences(source)) {
      for (const claim of funnelClaims) {
        if (claim.context && !claim.context.test(s)) continue;
        for (const m of s.matchAll(claim.pattern)) {
          const raw = m.slice(1).find((g) => g !== undefined);
          if (raw && /\d/.test(raw)) typed.push(`${claim.name}: “${m[0]}”`);
        }
      }
    }
    expect(typed).toEqual([]);
  });

  it('names only figures and what-ifs that exist (the build would fail otherwise)', () => {
    for (const ch of chapters) {
      for (const m of ch.source.matchAll(/<LeaflineNumber\s+([^>]*?)\/>/g)) {
        const of = /of="([^"]+)"/.exec(m[1]!)![1]!;
        const change = /with="([^"]+)"/.exec(m[1]!)?.[1];
        expect(() => leaflineFigure(scenarios, of, undefined, change), `${ch.file}: ${m[0]}`).not.toThrow();
      }
    }
  });

  it('keeps chapters 1–6 on Leafline as it is: the change and its numbers come in chapter 7', () => {
    const early = chapters.filter((c) => c.order >= 1 && c.order <= 6);
    const found = early.flatMap((c) =>
      [...c.source.matchAll(/<LeaflineNumber\s+of="((?:aligned|ratio|change)\.[^"]+)"/g)].map((m) => `${c.file}: ${m[1]}`),
    );
    expect(found).toEqual([]);
    const claimsDone = early.filter((c) => /\bnow\b[^.]{0,40}\b(?:seven|7)\b[^.]{0,20}\bin ten\b/i.test(c.text)).map((c) => c.file);
    expect(claimsDone).toEqual([]);
  });
});

describe('the claim checker', () => {
  it('catches the slips it was written for', () => {
    const texts: Text[] = [
      { file: 'a', order: 1, text: 'Before, five in ten were worth a visit. Now seven in ten were. Maria wants ten low-light plants.' },
      { file: 'b', order: 1, text: 'Sam calls her the next morning. Fewer quotes come in, but twice as many are worth a visit.' },
      { file: 'c', order: 1, text: 'Her clinic’s back office has no windows, Maria says. Leafline wins 12.5 new clients a month, worth $30,000 of new contract value.' },
    ];
    const found = claims.flatMap((c) => contradictions(texts, c));
    expect(found.some((f) => f.includes("plants in Maria's plan"))).toBe(true);
    expect(found.some((f) => f.includes('when Sam calls'))).toBe(true);
    expect(found.some((f) => f.includes('twice as many'))).toBe(true);
    expect(found.some((f) => f.includes('fewer quote requests'))).toBe(true);
    expect(found.some((f) => f.includes('the room with no windows'))).toBe(true);
    expect(found.some((f) => f.includes('new clients a month'))).toBe(false);
    expect(found.some((f) => f.includes('new contract value'))).toBe(false);
  });
});

void everything;
