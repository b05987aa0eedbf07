import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import {
  parseExcerpt as parseWith,
  resultSummary,
  safeUrl,
  segmentsText,
  shapeResult,
  wordsOf,
} from '~/lib/search/results.ts';

/** The build's parser; the browser uses its own DOMParser through the same tree shape. */
const parse = (html: string) => fromHtml(html, { fragment: true });
const parseExcerpt = (html: string) => parseWith(html, parse);

describe('search excerpts', () => {
  it('keeps <mark> runs and plain text, nothing else', () => {
    expect(
      parseExcerpt('Sam qualifies <mark>leads</mark> on need and <mark>budget.</mark>'),
    ).toEqual([
      { text: 'Sam qualifies ', mark: false },
      { text: 'leads', mark: true },
      { text: ' on need and ', mark: false },
      { text: 'budget.', mark: true },
    ]);
  });

  it.each([
    ['<img src=x onerror=alert(1)>hello', [{ text: 'hello', mark: false }]],
    ['<script>alert(1)</script>', [{ text: 'alert(1)', mark: false }]],
    [
      'a <b>bold</b> <MARK class="x">hit</MARK>',
      [
        { text: 'a bold ', mark: false },
        { text: 'hit', mark: true },
      ],
    ],
    ['&lt;img src=x&gt; &amp; more', [{ text: '<img src=x> & more', mark: false }]],
    ['<mark>open to the end', [{ text: 'open to the end', mark: true }]],
    ['  spaced\n\n out  ', [{ text: 'spaced out', mark: false }]],
    ['', []],
    ['<mark></mark>', []],
  ])('treats %j as text', (html, want) => {
    expect(parseExcerpt(html)).toEqual(want);
  });

  it('decodes character references, refusing the dangerous ones', () => {
    expect(segmentsText(parseExcerpt('caf&#233; &#x2014; &rsquo;s &hellip;'))).toBe('café — ’s …');
    // A real parser replaces NUL, surrogates and out-of-range references with U+FFFD, as browsers do.
    expect(segmentsText(parseExcerpt('&#0;&#xD800;&#x110000; &bogus;'))).toBe(
      '\ufffd\ufffd\ufffd &bogus;',
    );
    expect(segmentsText(parseExcerpt('x <mark>y</mark> z'))).toBe('x y z');
  });
});

describe('search links', () => {
  it.each([
    ['/chapters/the-teams/#account-managers', '/chapters/the-teams/#account-managers'],
    ['/glossary/#win-rate', '/glossary/#win-rate'],
    ['https://evil.example/', null],
    ['//evil.example/', null],
    ['javascript:alert(1)', null],
    ['/\\evil', null],
    ['relative/path', null],
  ])('%s → %s', (url, want) => {
    expect(safeUrl(url)).toBe(want);
  });
});

describe('shaping a Pagefind result', () => {
  const data = {
    url: '/glossary/',
    excerpt: 'The <mark>lead</mark> terms',
    meta: { title: 'Glossary' },
    sub_results: [
      { title: 'Glossary', url: '/glossary/#glossary-title', excerpt: 'top', locations: [1] },
      {
        title: 'Lead',
        url: '/glossary/#lead',
        excerpt: '<mark>Lead.</mark> A person',
        locations: [5],
      },
      {
        title: 'Lead nurturing',
        url: '/glossary/#lead-nurturing',
        excerpt: '…',
        locations: [9, 10],
      },
      { title: 'Lead scoring', url: '/glossary/#lead-scoring', excerpt: '…', locations: [20, 21] },
      { title: 'Pipeline', url: '/glossary/#pipeline', excerpt: '…', locations: [30, 31, 32] },
      { title: 'Page', url: '/glossary/', excerpt: 'no anchor', locations: [1, 2, 3, 4] },
      {
        title: 'Elsewhere',
        url: 'https://evil.example/#x',
        excerpt: '…',
        locations: [1, 2, 3, 4, 5],
      },
    ],
  };

  it('puts the section named by the query first, then those naming all its words, then the busiest', () => {
    const hit = shapeResult(data, parse, 1, 'lead scoring')!;
    expect(hit.title).toBe('Glossary');
    expect(hit.url).toBe('/glossary/');
    expect(hit.sections.map((s) => s.url)).toEqual(['/glossary/#lead-scoring']);
    // "lead": the entry called Lead, then Lead nurturing (ties keep page order); shown in page order.
    expect(shapeResult(data, parse, 2, 'Lead')!.sections.map((s) => s.url)).toEqual([
      '/glossary/#lead',
      '/glossary/#lead-nurturing',
    ]);
    expect(shapeResult(data, parse, 3, 'lead')!.sections.map((s) => s.title)).toEqual([
      'Lead',
      'Lead nurturing',
      'Lead scoring',
    ]);
  });

  it('without a query, keeps the sections with the most matches, in page order', () => {
    expect(shapeResult(data, parse, 2)!.sections.map((s) => s.url)).toEqual([
      '/glossary/#lead-nurturing',
      '/glossary/#pipeline',
    ]);
  });

  it('drops results that would leave the site', () => {
    expect(shapeResult({ url: 'https://evil.example/', excerpt: '' }, parse)).toBeNull();
  });

  it('matches heading words by prefix, ignoring case and accents', () => {
    expect(wordsOf('Café-owner’s KPI')).toEqual(['cafe', 'owner', 's', 'kpi']);
  });
});

describe('search status', () => {
  it.each([
    [0, 'win rate', 'No pages match “win rate”. Try a shorter or different word.'],
    [1, 'win rate', '1 page matches “win rate”.'],
    [4, '  lead   scoring ', '4 pages match “lead scoring”.'],
  ])('%i results for %j', (n, q, want) => {
    expect(resultSummary(n, q)).toBe(want);
  });

  it('shortens a very long query', () => {
    expect(resultSummary(2, 'x'.repeat(60))).toBe(`2 pages match “${'x'.repeat(40)}…”.`);
  });
});
