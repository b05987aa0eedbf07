import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import {
  groupByLetter,
  letterAnchor,
  letterOf,
  resolveChapters,
  sortEntries,
} from '~/lib/glossary/index.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '~/lib/glossary/schema.ts';

const entry = (id: string, term: string, chapter = 'one'): GlossaryEntry => ({
  id,
  term,
  definition: `${term} explained in a sentence long enough.`,
  chapter,
  aliases: [],
});

const chapters = [
  { id: 'one', title: 'One', order: 1 },
  { id: 'two', title: 'Two', order: 2 },
];

describe('glossary model', () => {
  it('sorts terms alphabetically, ignoring case and accents', () => {
    const sorted = sortEntries([entry('b', 'upselling'), entry('a', 'Brand'), entry('c', 'Éclair'), entry('d', 'CRM')]);
    expect(sorted.map((e) => e.term)).toEqual(['Brand', 'CRM', 'Éclair', 'upselling']);
  });

  it.each([
    ['Win rate', 'W'],
    ['  lead', 'L'],
    ['Église', 'E'],
    ['4 Ps', '#'],
    ['“Smarketing”', '#'],
  ])('files %j under %s', (term, letter) => {
    expect(letterOf(term)).toBe(letter);
  });

  it('groups by letter in order, symbols first, with stable anchors', () => {
    const groups = groupByLetter([
      entry('win-rate', 'Win rate'),
      entry('cac', 'CAC'),
      entry('crm', 'CRM'),
      entry('four-ps', '4 Ps'),
      entry('cross-selling', 'Cross-selling'),
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['#', 'C', 'W']);
    expect(groups.map((g) => g.anchor)).toEqual(['letter-other', 'letter-c', 'letter-w']);
    expect(groups[1]!.entries.map((e) => e.id)).toEqual(['cac', 'crm', 'cross-selling']);
    expect(letterAnchor('Q')).toBe('letter-q');
  });

  it('resolves each chapter id to the chapter', () => {
    const [a] = resolveChapters([entry('lead', 'Lead', 'two')], chapters);
    expect(a!.chapterRef).toEqual({ id: 'two', title: 'Two', order: 2 });
  });

  it('fails naming the file and the entry when a chapter id is unknown', () => {
    expect(() => resolveChapters([entry('lead', 'Lead'), entry('crm', 'CRM', 'nope')], chapters)).toThrow(
      /content\/glossary\.yaml: entry "crm" \(CRM\): chapter "nope" does not exist/,
    );
  });

  it('rejects ids the page itself uses as anchors', () => {
    expect(() => resolveChapters([entry('letter-a', 'Letter A')], chapters)).toThrow(/reserved/);
    expect(() => resolveChapters([entry('main', 'Main')], chapters)).toThrow(/reserved/);
  });
});

describe('content/glossary.yaml', () => {
  const raw = loadYaml(readFileSync('content/glossary.yaml', 'utf8')) as unknown[];

  it('every entry passes the schema', () => {
    for (const item of raw) expect(() => glossaryEntrySchema.parse(item)).not.toThrow();
  });

  it('ids are unique', () => {
    const ids = raw.map((e) => (e as GlossaryEntry).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
