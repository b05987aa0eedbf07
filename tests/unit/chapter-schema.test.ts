import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterIdFromPath, chapterSchema, countWords, WORDS_PER_MINUTE } from '~/content/chapter';

const good = {
  title: 'Defining the disciplines',
  order: 1,
  summary: 'What sales is, what marketing is, and why a business needs both.',
  objectives: ['Say what sales does.', 'Say what marketing does.'],
  minutes: 7,
};

describe('chapterSchema', () => {
  it('accepts a complete chapter', () => {
    expect(chapterSchema.safeParse(good).success).toBe(true);
  });

  it.each([
    ['title', { title: undefined }],
    ['title', { title: 'Hi' }],
    ['order', { order: 0 }],
    ['order', { order: 1.5 }],
    ['order', { order: 'one' }],
    ['summary', { summary: 'Too short' }],
    ['summary', { summary: 'x'.repeat(201) }],
    ['objectives', { objectives: ['Only one objective here.'] }],
    ['objectives', { objectives: 'not a list' }],
    ['minutes', { minutes: 0 }],
    ['minutes', { minutes: undefined }],
  ])('rejects a bad %s and names it', (field, patch) => {
    const r = chapterSchema.safeParse({ ...good, ...patch });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0])).toContain(field);
  });

  it('rejects unknown fields, which are usually typos', () => {
    const r = chapterSchema.safeParse({ ...good, sumary: 'typo' });
    expect(r.success).toBe(false);
  });
});

describe('chapter files', () => {
  const files = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx'));

  it('are named NN-slug.mdx with unique numbers matching their order', () => {
    const orders = new Set<number>();
    for (const f of files) {
      expect(f).toMatch(/^\d\d-[a-z0-9]+(-[a-z0-9]+)*\.mdx$/);
      const src = readFileSync(`content/chapters/${f}`, 'utf8');
      const order = Number(/^order:\s*(\d+)/m.exec(src)![1]);
      expect(order, f).toBe(Number(f.slice(0, 2)));
      expect(orders.has(order), `duplicate order ${order}`).toBe(false);
      orders.add(order);
    }
  });

  it('state a reading time close to their length', () => {
    for (const f of files) {
      const src = readFileSync(`content/chapters/${f}`, 'utf8');
      const minutes = Number(/^minutes:\s*(\d+)/m.exec(src)![1]);
      const estimate = countWords(src) / WORDS_PER_MINUTE;
      expect(Math.abs(minutes - estimate), `${f}: ${minutes} min stated, ${estimate.toFixed(1)} estimated`).toBeLessThanOrEqual(2);
    }
  });

  it('map to page ids without their number', () => {
    expect(chapterIdFromPath('content/chapters/01-defining-the-disciplines.mdx')).toBe('defining-the-disciplines');
    expect(chapterIdFromPath('12-x.mdx')).toBe('x');
  });
});
