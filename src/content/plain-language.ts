/**
 * Plain-language measures over chapter text: the prose a reader reads, cut
 * into sentences, and the average sentence length in words.
 *
 * Two sources give the same kind of text: the built page (`.prose` in
 * dist/chapters/<id>/index.html) and, before a build, the MDX source. Both
 * drop what is not running prose: headings, tables, SVG, code, tooltips,
 * callout and "Try it" labels, widgets and the chapter quiz. Paragraphs, list items and figure captions
 * stay, and each one ends a sentence even without a full stop.
 */

import { decodeHTML } from 'entities';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Counts the words in a piece of text (a word has at least one letter or digit). */
export function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Block separator used between paragraphs, list items and captions. */
const BLOCK = '\n\n';

/** Elements that end a block of prose (a paragraph, a list item, a caption…). */
const BLOCK_ELEMENTS = new Set([
  'p',
  'li',
  'ul',
  'ol',
  'figcaption',
  'figure',
  'div',
  'section',
  'aside',
  'blockquote',
  'dd',
  'dt',
  'br',
]);
/** Elements whose text is not running prose: code, figures drawn in SVG, tables and headings. */
const SKIPPED = new Set([
  'script',
  'style',
  'svg',
  'table',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'template',
]);

function classes(el: Element): string[] {
  const c: unknown = el.properties?.className;
  if (Array.isArray(c)) return c.map(String);
  return typeof c === 'string' ? c.split(/\s+/) : [];
}

/**
 * Widgets, quizzes and tooltips are not the chapter's prose: their labels and
 * answers would skew the measure, and a tooltip repeats a glossary definition
 * that the reader sees only as the term. Labels above callouts and "Try it"
 * boxes are titles, not sentences.
 */
function isNotProse(el: Element): boolean {
  const p = el.properties ?? {};
  const cls = classes(el);
  return (
    SKIPPED.has(el.tagName) ||
    el.tagName === 'astro-island' ||
    p.dataIsland !== undefined ||
    p.dataWidget !== undefined ||
    p.role === 'tooltip' ||
    cls.includes('chapter-quiz') ||
    (el.tagName === 'p' && (cls.includes('callout-title') || cls.includes('try-title')))
  );
}

function findProse(node: Root | Element): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'div' && classes(child).includes('prose')) return child;
    const hit = findProse(child);
    if (hit) return hit;
  }
  return null;
}

/**
 * The running prose of a built chapter page, one block per paragraph, list
 * item or caption. Only the `.prose` column counts, up to the chapter nav.
 * The page is read with a real HTML parser (hast), so entities, comments and
 * nesting are handled as a browser would.
 */
export function proseBlocksFromHtml(html: string): string[] {
  const prose = findProse(fromHtml(html));
  if (!prose) return [];
  let text = '';
  let stopped = false;
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (stopped) return;
      if (child.type === 'text') text += child.value;
      if (child.type !== 'element') continue;
      if (child.tagName === 'nav' && classes(child).includes('chapter-nav')) {
        stopped = true;
        return;
      }
      if (isNotProse(child)) {
        // A tooltip sits inside a sentence; everything else stands apart from the text around it.
        if (child.properties?.role !== 'tooltip') text += BLOCK;
        continue;
      }
      const block = BLOCK_ELEMENTS.has(child.tagName);
      if (block) text += BLOCK;
      walk(child);
      if (block) text += BLOCK;
    }
  };
  walk(prose);
  return splitBlocks(text);
}

/**
 * The running prose of a chapter's MDX source, the same blocks the page
 * shows: frontmatter objectives, paragraphs, list items and figure captions.
 */
export function proseBlocksFromMdx(source: string): string[] {
  const blocks: string[] = [];
  let text = source;
  const front = /^---\n([\s\S]*?)\n---/.exec(text);
  if (front) {
    for (const m of front[1]!.matchAll(/^\s+-\s+(.+)$/gm)) blocks.push(m[1]!.trim());
    text = text.slice(front[0].length);
  }
  // Figure captions are read as sentences; keep them before tags go.
  for (const m of text.matchAll(/<Figure\b[^>]*\bcaption="([^"]*)"/g)) blocks.push(m[1]!);
  text = text
    .replace(/^import .*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<(svg|table|pre|script|style)\b[\s\S]*?<\/\1>/gi, BLOCK)
    .replace(/^```[\s\S]*?^```/gm, BLOCK)
    .replace(/^\s*\|.*$/gm, BLOCK)
    .replace(/^#{1,6}\s.*$/gm, BLOCK)
    // Each list item is its own block, as <li> is on the page.
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, BLOCK)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/(^|\s)_([^_]+)_(?=\s|[.,;:!?]|$)/g, '$1$2');
  blocks.push(...splitBlocks(decodeHTML(text)));
  return blocks.filter((b) => wordsIn(b) > 0);
}

function splitBlocks(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter((b) => wordsIn(b) > 0);
}

/**
 * Cuts blocks into sentences. A sentence ends at . ! ? (after any closing
 * quote or bracket) followed by a space, or at the end of its block.
 * Decimals such as 12.5 and amounts such as $2,400 do not end a sentence.
 */
export function sentencesOf(blocks: string[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    for (const s of block.split(/(?<=[.!?…]["”’)\]]*)\s+(?=["“‘([]?[\p{Lu}\p{N}$])/u)) {
      if (wordsIn(s) > 0) out.push(s.trim());
    }
  }
  return out;
}

export interface SentenceStats {
  sentences: number;
  words: number;
  /** Mean words per sentence; 0 when there are no sentences. */
  average: number;
  /** The longest sentence, to point a writer at the first thing to shorten. */
  longest: string;
}

export function sentenceStats(blocks: string[]): SentenceStats {
  const sentences = sentencesOf(blocks);
  let words = 0;
  let longest = '';
  for (const s of sentences) {
    const n = wordsIn(s);
    words += n;
    if (n > wordsIn(longest)) longest = s;
  }
  return {
    sentences: sentences.length,
    words,
    average: sentences.length ? words / sentences.length : 0,
    longest,
  };
}
