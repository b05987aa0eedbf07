/**
 * Item-writing rules, checked on every quiz file in content/quizzes. The
 * schema already refuses a single question that breaks a rule of its own
 * (src/lib/quiz/schema.ts); these are the rules that need the whole quiz,
 * the chapter text or a judgement by word stems.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingsFromMarkdown, type HeadingInfo } from '~/lib/quiz/refs';
import { SEE_TOOLS } from '~/lib/quiz/schema';
import { matchChoices } from '~/lib/quiz/score';
import type { Question } from '~/lib/quiz/types';
import { readQuizFiles } from './support/quiz-files';
import { headingStems, shared, stems } from './support/words';

const files = readQuizFiles();
const TEAM_LABEL = /^(sales|marketing|both|neither)\s*[,:;–—-]/i;

const longestIsKey = (q: Extract<Question, { type: 'single' }>) => {
  const key = q.options.find((o) => o.correct)!;
  return q.options.every((o) => o.text.length <= key.text.length);
};

/** Every word a learner reads in a question before checking it. */
function shownText(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return [q.prompt, ...q.options.map((o) => o.text)].join(' ');
    case 'truefalse':
      return q.prompt;
    case 'order':
      return [q.prompt, ...q.items].join(' ');
    case 'categorize':
      return [q.prompt, ...q.categories, ...q.items.map((i) => i.text)].join(' ');
    case 'match':
      return [q.prompt, ...q.pairs.map((p) => p.item), ...matchChoices(q)].join(' ');
  }
}

/** The questions of one type, typed as such. */
function ofType<T extends Question['type']>(
  qs: readonly Question[],
  type: T,
): Extract<Question, { type: T }>[] {
  return qs.filter((q) => q.type === type) as Extract<Question, { type: T }>[];
}

describe.each(files)('$file', ({ questions }) => {
  const singles = ofType(questions, 'single');
  const multiples = ofType(questions, 'multiple');
  const tfs = ofType(questions, 'truefalse');

  it('the right option is the longest in at most a third of single-choice questions', () => {
    const longest = singles.filter(longestIsKey).map((q) => q.id);
    expect(
      longest.length,
      `key is the longest option in: ${longest.join(', ')}`,
    ).toBeLessThanOrEqual(singles.length / 3);
  });

  it('multiple-choice wrong options look as worked as the right ones (none under half as long)', () => {
    for (const q of multiples) {
      const right = Math.min(...q.options.filter((o) => o.correct).map((o) => o.text.length));
      for (const o of q.options.filter((x) => !x.correct)) {
        expect(o.text.length * 2, `${q.id}: "${o.text}"`).toBeGreaterThanOrEqual(right);
      }
    }
  });

  it('ticking every box never earns more than a third of a multiple-choice question', () => {
    for (const q of multiples) {
      const right = q.options.filter((o) => o.correct).length;
      const wrong = q.options.length - right;
      expect(Math.max(0, right - wrong) / right, q.id).toBeLessThanOrEqual(1 / 3);
    }
  });

  it('has at least one multiple-choice question with only one right option', () => {
    expect(multiples.some((q) => q.options.filter((o) => o.correct).length === 1)).toBe(true);
  });

  it('true/false keys are between 40 and 60 % True', () => {
    expect(tfs.length).toBeGreaterThan(0);
    const share = tfs.filter((q) => q.answer).length / tfs.length;
    expect(share, tfs.map((q) => `${q.id}: ${q.answer}`).join(', ')).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it('no category takes more than half the items of a sorting question (40 % with three or more)', () => {
    for (const q of questions) {
      if (q.type !== 'categorize') continue;
      const cap = q.categories.length >= 3 ? 0.4 : 0.5;
      for (const c of q.categories) {
        const share = q.items.filter((i) => i.category === c).length / q.items.length;
        expect(share, `${q.id}: ${c}`).toBeLessThanOrEqual(cap + 1e-9);
      }
    }
  });

  it('match choices do not label themselves with a team ("Sales, deals closed")', () => {
    for (const q of questions) {
      if (q.type !== 'match') continue;
      for (const c of matchChoices(q)) expect(c, q.id).not.toMatch(TEAM_LABEL);
    }
  });

  it('no match item shares a word with its own choice alone', () => {
    for (const q of questions) {
      if (q.type !== 'match') continue;
      const choices = matchChoices(q);
      for (const p of q.pairs) {
        const own = shared(p.item, p.match);
        const elsewhere = choices
          .filter((c) => c !== p.match)
          .some((c) => shared(p.item, c).length > 0);
        if (own.length)
          expect(elsewhere, `${q.id}: "${p.item}" → "${p.match}" share ${own.join(', ')}`).toBe(
            true,
          );
      }
    }
  });

  it('the right option is never the only one that echoes the prompt', () => {
    for (const q of singles) {
      const echo = q.options.map((o) => shared(q.prompt, o.text).length > 0);
      const key = q.options.findIndex((o) => o.correct);
      const only = echo[key] && echo.filter(Boolean).length === 1;
      expect(
        only,
        `${q.id}: only the key shares ${shared(q.prompt, q.options[key]!.text).join(', ')} with the prompt`,
      ).toBe(false);
    }
  });

  it('order questions have at least four items, so no start is half solved by luck', () => {
    for (const q of questions)
      if (q.type === 'order') expect(q.items.length, q.id).toBeGreaterThanOrEqual(4);
  });
});

/* ---------- refs: the heading a question points at teaches it ---------- */

function chapterHeadings(): Map<string, HeadingInfo[]> {
  const map = new Map<string, HeadingInfo[]>();
  for (const f of readdirSync('content/chapters').filter((n) => /^\d\d-.+\.mdx$/.test(n))) {
    map.set(
      f.replace(/^\d\d-/, '').replace(/\.mdx$/, ''),
      headingsFromMarkdown(readFileSync(`content/chapters/${f}`, 'utf8')),
    );
  }
  return map;
}

const headings = chapterHeadings();
const everyQuestion = files.flatMap((f) => f.questions.map((q) => ({ file: f.file, q })));

describe('refs', () => {
  it.each(everyQuestion.map(({ file, q }) => [`${file} ${q.id}`, q] as const))(
    '%s points at a heading that shares a key word with the question',
    (_name, q) => {
      const [chapter = '', anchor = ''] = q.ref.split('#');
      const heading = headings.get(chapter)?.find((h) => h.slug === anchor);
      expect(heading, q.ref).toBeDefined();
      const words = [...headingStems(heading!.text)];
      const text = stems(`${shownText(q)} ${q.explanation}`, { common: true });
      expect(
        words.filter((w) => text.has(w)),
        `"${heading!.text}" shares no key word with ${q.id}`,
      ).not.toEqual([]);
    },
  );
});

/**
 * The URL keys each tool reads (its state spec). Written out here, so a
 * renamed key fails this test instead of quietly opening the tool at its
 * defaults; update the list with the tool.
 */
const TOOL_KEYS: Record<string, readonly string[]> = {
  funnel: [
    'scenario',
    'reach',
    'interest',
    'desire',
    'action',
    'qualified',
    'win',
    'deal',
    'spend',
    'salescost',
    'mode',
    'goal',
    'seed',
    'months',
    'compare',
    'vs',
  ],
  pipeline: ['deals', 'value', 'weeks', 'p1', 'p2', 'p3', 'p4', 'w1', 'w2', 'w3', 'w4', 'seed'],
  scorecard: ['r', 't'],
};
const scenarioIds = readdirSync('content/scenarios').map((f) => f.replace(/\.yaml$/, ''));

describe('see links', () => {
  const linked = everyQuestion.filter(({ q }) => q.see);

  it('questions about a number the funnel, pipeline or scorecard shows link to the tool', () => {
    expect(linked.length).toBeGreaterThanOrEqual(5);
  });

  it.each(linked.map(({ file, q }) => [`${file} ${q.id}`, q] as const))(
    '%s opens its tool with keys the tool reads',
    (_n, q) => {
      const keys = TOOL_KEYS[q.see!.tool];
      expect(keys, `no key list for tool "${q.see!.tool}"`).toBeDefined();
      for (const [k, v] of Object.entries(q.see!.state)) {
        expect(keys, `${q.id}: "${k}"`).toContain(k);
        if (q.see!.tool === 'funnel' && (k === 'scenario' || k === 'vs'))
          expect(scenarioIds).toContain(v);
        if (q.see!.tool === 'scorecard') expect(String(v), `${q.id}: ${k}`).toMatch(/^[1-5]+$/);
      }
    },
  );

  it('every tool a question may open has a page under /tools/', () => {
    for (const t of SEE_TOOLS) {
      expect(
        existsSync(`src/pages/tools/${t}.astro`) || existsSync(`src/pages/tools/${t}/index.astro`),
        t,
      ).toBe(true);
    }
  });
});
