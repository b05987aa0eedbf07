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

/** Counts the words in a piece of text (a word has at least one letter or digit). */
export function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X'
          ? parseInt(code.slice(2), 16)
          : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Block separator used between paragraphs, list items and captions. */
const BLOCK = '\n\n';

/**
 * Removes every element whose opening tag passes `test`, with everything
 * inside it. Nesting of the same tag name is counted, so a widget that holds
 * its own <div>s or <section>s is cut out whole.
 */
export function removeElements(
  html: string,
  test: (openTag: string, name: string) => boolean,
  replacement = BLOCK,
): string {
  const tag = /<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g;
  let out = '';
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html))) {
    const [open, closing, name, selfClosing] = m;
    if (closing || selfClosing || !test(open, name!.toLowerCase())) continue;
    const lower = name!.toLowerCase();
    let depth = 1;
    let end = html.length;
    const inner = new RegExp(`<(\\/?)${lower}\\b[^>]*?(\\/?)>`, 'gi');
    inner.lastIndex = tag.lastIndex;
    let n: RegExpExecArray | null;
    while ((n = inner.exec(html))) {
      if (n[2]) continue;
      depth += n[1] ? -1 : 1;
      if (depth === 0) {
        end = inner.lastIndex;
        break;
      }
    }
    out += html.slice(from, m.index) + replacement;
    from = end;
    tag.lastIndex = end;
  }
  return out + html.slice(from);
}

/**
 * Widgets and quizzes are not the chapter's prose: their labels and answers
 * would skew the measure, so islands, widget roots and the chapter quiz go.
 */
function isNotProse(openTag: string, name: string): boolean {
  return (
    name === 'astro-island' ||
    /\sdata-widget\b/.test(openTag) ||
    /\sclass="[^"]*\bchapter-quiz\b/.test(openTag)
  );
}

/**
 * The running prose of a built chapter page, one block per paragraph, list
 * item or caption. Only the `.prose` column counts, up to the chapter nav.
 */
export function proseBlocksFromHtml(html: string): string[] {
  const start = html.search(/<div class="prose[\s"]/);
  if (start < 0) return [];
  let body = html.slice(start);
  const end = body.search(/<nav class="chapter-nav[\s"]/);
  if (end >= 0) body = body.slice(0, end);
  // Tooltip text repeats a glossary definition; the reader sees the term only.
  body = removeElements(body, (open) => /\srole="tooltip"/.test(open), '');
  body = removeElements(body, isNotProse)
    .replace(/<(script|style|svg|table|pre|h[1-6])\b[\s\S]*?<\/\1>/gi, BLOCK)
    // Labels above callouts and "Try it" boxes are titles, not sentences.
    .replace(/<p class="(?:callout-title|try-title)[^"]*"[^>]*>[\s\S]*?<\/p>/gi, BLOCK)
    .replace(
      /<\/?(p|li|ul|ol|figcaption|figure|div|section|aside|blockquote|dd|dt|br)\b[^>]*>/gi,
      BLOCK,
    )
    .replace(/<[^>]+>/g, '');
  return splitBlocks(decodeEntities(body));
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
  blocks.push(...splitBlocks(decodeEntities(text)));
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
    for (const s of block.split(/(?<=[.!?…]["”’)\]]*)\s+(?=["“‘(\[]?[\p{Lu}\p{N}$])/u)) {
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
