/**
 * Plain-text descriptions of answers, for the no-JavaScript disclosure, the
 * "Show answer" feedback and the per-item marks after a check.
 */
import { matchChoices } from './score.ts';
import type { Question, SeeTool } from './types.ts';

export interface AnswerLine {
  /** What the line is about, e.g. an item to place; empty for single answers. */
  label: string;
  value: string;
}

/** The right answer as lines a page can list. */
export function describeAnswer(q: Question): AnswerLine[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.filter((o) => o.correct).map((o) => ({ label: '', value: o.text }));
    case 'truefalse':
      return [{ label: '', value: q.answer ? 'True' : 'False' }];
    case 'order':
      return q.items.map((it, i) => ({ label: String(i + 1), value: it }));
    case 'categorize':
      return q.items.map((it) => ({ label: it.text, value: it.category }));
    case 'match': {
      const choices = matchChoices(q);
      return q.pairs.map((p, i) => ({ label: p.item, value: choices[i]! }));
    }
  }
}

/** What the learner is asked to do, in one short sentence. */
export function instruction(q: Question): string {
  switch (q.type) {
    case 'single':
      return 'Choose one answer.';
    case 'multiple':
      return 'Choose all the answers that apply.';
    case 'truefalse':
      return 'Choose true or false.';
    case 'order':
      return 'Put the items in order with the Move up and Move down buttons.';
    case 'categorize':
      return 'Choose a category for each item.';
    case 'match':
      return 'Choose the matching answer for each item.';
  }
}

/** A score of 0..1 as "2 of 3 right" style text for partial credit. */
export function partsRight(q: Question, score: number): string | null {
  const n =
    q.type === 'order'
      ? q.items.length
      : q.type === 'categorize'
        ? q.items.length
        : q.type === 'match'
          ? q.pairs.length
          : q.type === 'multiple'
            ? q.options.filter((o) => o.correct).length
            : 0;
  if (n === 0) return null;
  const k = Math.round(score * n);
  if (q.type === 'order') return `${k} of ${n} items are in the right order relative to each other.`;
  if (q.type === 'multiple') return `${k} of ${n} points: each right choice earns one, each wrong choice takes one away.`;
  return `${k} of ${n} placed right.`;
}

/** "3.5" style score text: whole numbers plain, halves and thirds to one decimal. */
export function formatPoints(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** The tools a question can open, by their page under /tools/, with the words for a link. */
const TOOL_NAMES: Record<string, string> = {
  funnel: 'the funnel simulator',
  pipeline: 'the pipeline forecast',
  scorecard: 'the alignment scorecard',
  roles: 'the role explorer',
  journey: 'the journey map',
  roleplay: 'the objection role-play',
  'sales-process': 'the sales steps',
  'who-does-it': '“Who does it?”',
};

/**
 * The link to a tool opened in the state that shows why, or null when the
 * question names no tool (or one this guide does not have).
 */
export function seeLink(see: SeeTool | undefined): { href: string; label: string } | null {
  if (!see || !Object.hasOwn(TOOL_NAMES, see.tool)) return null;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(see.state ?? {})) {
    params.set(k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  const q = params.toString();
  return { href: `/tools/${see.tool}/${q ? `?${q}` : ''}`, label: `See why in ${TOOL_NAMES[see.tool]}` };
}

/** A date-time as the day it fell on, written out ("1 December 2026"); "" when unreadable. */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A score as a verdict word for review cards. */
export function verdictWord(score: number): string {
  return score >= 1 ? 'right' : score <= 0 ? 'wrong' : 'partly right';
}
