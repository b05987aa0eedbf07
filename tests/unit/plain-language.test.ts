/**
 * Plain language, checked on every chapter: sentences average at most 20
 * words, and the reading time in the frontmatter matches the text.
 *
 * The built page is what a reader reads, so when a build is there (npm test
 * builds before the unit tests) every chapter's `.prose` text is measured in
 * it; the MDX source is always measured too, so the test also works before a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterIdFromPath, countWords, WORDS_PER_MINUTE } from '~/content/chapter';
import {
  proseBlocksFromHtml,
  proseBlocksFromMdx,
  sentenceStats,
  sentencesOf,
  wordsIn,
} from '~/content/plain-language';

const MAX_AVERAGE = 20;
const DIR = 'content/chapters';
/** The build to measure: `npm test` builds before the unit tests; SXM_DIST names another. */
const DIST = process.env.SXM_DIST ?? 'dist';
const HAVE_BUILD = existsSync(`${DIST}/index.html`);

const chapters = readdirSync(DIR)
  .filter((f) => /^\d\d-.+\.mdx$/.test(f))
  .sort()
  .map((file) => {
    const path = `${DIR}/${file}`;
    const id = chapterIdFromPath(file);
    const built = `${DIST}/chapters/${id}/index.html`;
    return { file, path, id, source: readFileSync(path, 'utf8'), built: HAVE_BUILD ? built : null };
  });

describe('sentence splitting', () => {
  it('ends sentences at full stops, question marks and closing quotes, not in numbers', () => {
    expect(
      sentencesOf([
        'A client pays $2,400 a year. Is it worth it? She said “yes.” Then 12.5 clients signed.',
      ]),
    ).toEqual([
      'A client pays $2,400 a year.',
      'Is it worth it?',
      'She said “yes.”',
      'Then 12.5 clients signed.',
    ]);
  });

  it('treats each block (paragraph, list item) as ending a sentence', () => {
    expect(sentencesOf(['closing deals', 'following up'])).toHaveLength(2);
  });

  it('reads prose from MDX without frontmatter keys, imports, headings, tables, SVG or tags', () => {
    const mdx = [
      '---',
      'title: T',
      'objectives:',
      '  - Learn one thing well.',
      '---',
      "import X from '~/x';",
      '## A heading',
      'First sentence here. Second <Term id="a">term</Term> sentence.',
      '',
      '| a | b |',
      '| --- | --- |',
      '<Figure caption="A caption.">',
      '  <svg><title>Not prose</title></svg>',
      '</Figure>',
      '{/* widget:x */}',
      '- **Bold** item',
    ].join('\n');
    const blocks = proseBlocksFromMdx(mdx);
    expect(blocks).toEqual([
      'Learn one thing well.',
      'A caption.',
      'First sentence here. Second term sentence.',
      'Bold item',
    ]);
  });

  it('leaves widgets, islands and the chapter quiz out of the built text', () => {
    const html =
      '<div class="prose"><p>Before the widget.</p>' +
      '<astro-island uid="a"><div data-widget="x"><div><p>Label</p></div><button>Next</button></div></astro-island>' +
      '<div class="static" data-widget="y"><div><p>Static widget text.</p></div></div>' +
      '<p>After the widget.</p>' +
      '<section class="chapter-quiz"><section><p>Question one?</p></section></section>' +
      '<nav class="chapter-nav"></nav></div>';
    expect(proseBlocksFromHtml(html)).toEqual(['Before the widget.', 'After the widget.']);
  });

  it('reads prose from built HTML without tooltips, SVG, tables or labels', () => {
    const html =
      '<div class="prose"><section><h2>Goals</h2><ul><li>Learn it.</li></ul></section>' +
      '<p>One <span class="term-wrap"><a class="term">lead</a><span class="term-tip" role="tooltip"><span class="term-tip-name">Lead</span> long <span>definition</span> here.</span></span> came in. It &amp; more.</p>' +
      '<aside><p class="callout-title" data-x>At Leafline</p><div><p>Sam calls.</p></div></aside>' +
      '<figure><svg><text>Label</text></svg><table><tr><td>cell</td></tr></table><figcaption>Caption.</figcaption></figure>' +
      '<nav class="chapter-nav"><a>Next</a></nav></div>';
    expect(proseBlocksFromHtml(html)).toEqual([
      'Learn it.',
      'One lead came in. It & more.',
      'Sam calls.',
      'Caption.',
    ]);
  });
});

describe.each(chapters)('chapter $file', ({ source, built }) => {
  it(`averages at most ${MAX_AVERAGE} words per sentence in its source`, () => {
    const stats = sentenceStats(proseBlocksFromMdx(source));
    expect(stats.sentences).toBeGreaterThan(20);
    expect(
      stats.average,
      `average ${stats.average.toFixed(1)} words; longest sentence (${wordsIn(stats.longest)} words): ${stats.longest}`,
    ).toBeLessThanOrEqual(MAX_AVERAGE);
  });

  it.runIf(built !== null)(
    `averages at most ${MAX_AVERAGE} words per sentence in the built page`,
    () => {
      const stats = sentenceStats(proseBlocksFromHtml(readFileSync(built!, 'utf8')));
      expect(stats.sentences).toBeGreaterThan(20);
      expect(
        stats.average,
        `average ${stats.average.toFixed(1)} words; longest sentence (${wordsIn(stats.longest)} words): ${stats.longest}`,
      ).toBeLessThanOrEqual(MAX_AVERAGE);
    },
  );

  it('gives a reading time within 2 minutes of words / 200', () => {
    const minutes = Number(/^minutes:\s*(\d+)\s*$/m.exec(source)?.[1]);
    const expected = countWords(source) / WORDS_PER_MINUTE;
    expect(
      Math.abs(minutes - expected),
      `frontmatter says ${minutes}, text reads in ${expected.toFixed(1)}`,
    ).toBeLessThanOrEqual(2);
  });
});
