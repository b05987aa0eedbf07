/**
 * Glossary terms and chapters agree: each term is first marked with <Term> in
 * the chapter its glossary entry names, every entry is marked somewhere, and
 * every id a chapter uses exists. (The build also fails on an unknown id; this
 * says which chapter and which term without building.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { chapterIdFromPath } from '~/content/chapter';
import { glossaryEntrySchema } from '~/lib/glossary/schema';

const entries = glossaryEntrySchema
  .array()
  .parse(load(readFileSync('content/glossary.yaml', 'utf8')));
const chapters = readdirSync('content/chapters')
  .filter((f) => /^\d\d-.+\.mdx$/.test(f))
  .sort()
  .map((f) => ({
    id: chapterIdFromPath(f),
    source: readFileSync(`content/chapters/${f}`, 'utf8'),
  }));

/** Term id → id of the first chapter (in reading order) that marks it. */
const firstMarked = new Map<string, string>();
for (const ch of chapters) {
  for (const m of ch.source.matchAll(/<Term\s+id="([^"]+)"/g)) {
    if (!firstMarked.has(m[1]!)) firstMarked.set(m[1]!, ch.id);
  }
}

describe('glossary and chapters', () => {
  it('has at least 36 terms with unique ids', () => {
    expect(entries.length).toBeGreaterThanOrEqual(36);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('names only chapters that exist', () => {
    const ids = new Set(chapters.map((c) => c.id));
    expect(entries.filter((e) => !ids.has(e.chapter)).map((e) => e.id)).toEqual([]);
  });

  it('marks every glossary term first in the chapter its entry names', () => {
    const wrong = entries
      .filter((e) => firstMarked.get(e.id) !== e.chapter)
      .map(
        (e) =>
          `${e.id}: glossary says ${e.chapter}, first marked in ${firstMarked.get(e.id) ?? 'no chapter'}`,
      );
    expect(wrong).toEqual([]);
  });

  it('uses only term ids that the glossary defines', () => {
    const known = new Set(entries.map((e) => e.id));
    expect([...firstMarked.keys()].filter((id) => !known.has(id))).toEqual([]);
  });

  it('includes the core terms of the guide', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const id of [
      'mql',
      'sql',
      'lead-nurturing',
      'conversion-rate',
      'win-rate',
      'pipeline',
      'cac',
      'ltv',
      'upselling',
      'cross-selling',
      'retargeting',
      'brand-positioning',
      'crm',
      'marketing-automation',
      'smarketing',
      'funnel',
      'awareness',
      'qualification',
      'objection',
      'closing',
      'follow-up',
      'prospecting',
      'seo',
      'content-marketing',
      'value-proposition',
      'account-manager',
      'market-research',
      'customer-journey',
      'referral',
      'loyalty-programme',
      'lead-scoring',
      'cost-per-lead',
      'return-on-spend',
    ]) {
      expect(ids, id).toContain(id);
    }
  });
});
