/**
 * Turning Pagefind's answers into something safe to show. Pagefind returns
 * excerpts as HTML with <mark> around the matched words; nothing else from it
 * is ever parsed as HTML. The view builds text nodes and <mark> elements from
 * the segments below, so a page that somehow contained markup in its text
 * cannot inject anything into the dialog.
 */
/** A run of excerpt text, highlighted or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** The part of Pagefind's result data the dialog uses (see pagefind.app/docs/api). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta?: { title?: string };
  sub_results?: PagefindSubResult[];
}

/** A section of a page that matched: its heading and where it is. */
export interface SectionHit {
  title: string;
  url: string;
  excerpt: Segment[];
}

/** One page in the result list. */
export interface PageHit {
  title: string;
  url: string;
  excerpt: Segment[];
  /** The best-matching sections, best first; empty when only the page as a whole matched. */
  sections: SectionHit[];
}

/**
 * The little of a parsed HTML tree an excerpt needs, in hast's shape: the
 * build and the tests parse with hast-util-from-html, the browser with its own
 * DOMParser (adapted in the search dialog), so no parser ships to readers.
 */
export interface ExcerptNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: ExcerptNode[];
}

/** Parses an HTML fragment into an ExcerptNode tree. */
export type FragmentParser = (html: string) => ExcerptNode;

/**
 * Splits an excerpt into plain and highlighted runs. Only <mark> counts; every
 * other element gives just its text; the parser has decoded the character
 * references; whitespace is collapsed. An unclosed mark ends with the excerpt.
 */
export function parseExcerpt(html: string, parse: FragmentParser): Segment[] {
  const out: Segment[] = [];
  const push = (raw: string, mark: boolean) => {
    const text = raw.replace(/\s+/g, ' ');
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += text;
    else out.push({ text, mark });
  };
  const walk = (node: ExcerptNode, mark: boolean) => {
    if (node.type === 'text') push(node.value ?? '', mark);
    for (const child of node.children ?? [])
      walk(child, mark || child.tagName?.toLowerCase() === 'mark');
  };
  walk(parse(html), false);
  if (out.length > 0) {
    out[0]!.text = out[0]!.text.replace(/^\s+/, '');
    const last = out[out.length - 1]!;
    last.text = last.text.replace(/\s+$/, '');
  }
  return out.filter((seg) => seg.text.length > 0);
}

/** Lower-case words of a query or heading, for matching headings to a query. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function nameRank(query: readonly string[], heading: readonly string[]): number {
  if (query.length === 0) return 0;
  if (query.join(' ') === heading.join(' ')) return 2;
  return query.every((w) => heading.some((t) => t.startsWith(w))) ? 1 : 0;
}

/** The plain text of segments, e.g. for an accessible name. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

/**
 * Keeps a result URL only when it is a path on this site ("/…", not "//…",
 * no scheme): a link in the dialog can never leave the guide.
 */
export function safeUrl(url: string): string | null {
  const u = url.trim();
  // Control characters and backslashes could turn a path into another address.
  // eslint-disable-next-line no-control-regex
  if (!u.startsWith('/') || u.startsWith('//') || /[\u0000-\u001f\\]/.test(u)) return null;
  return u;
}

/**
 * Shapes one Pagefind result: the page title and URL, its excerpt, and up to
 * `maxSections` matching sections, chosen by: heading names the query, then most
 * matches; shown in page order. A section without an anchor (the page itself)
 * is not repeated.
 */
export function shapeResult(
  data: PagefindResultData,
  parse: FragmentParser,
  maxSections = 3,
  query = '',
): PageHit | null {
  const url = safeUrl(data.url);
  if (!url) return null;
  const title = (data.meta?.title ?? '').trim() || url;
  const words = wordsOf(query);
  const subs = (data.sub_results ?? [])
    .map((s, i) => ({
      s,
      i,
      url: safeUrl(s.url),
      // A section whose heading is the query (2), or holds every word of it (1),
      // is what the reader is after (a glossary entry, a chapter section): it goes first.
      named: nameRank(words, wordsOf(s.title)),
      hits: s.locations?.length ?? 0,
    }))
    .filter((x): x is typeof x & { url: string } => x.url !== null && x.url.includes('#'))
    .sort((a, b) => b.named - a.named || b.hits - a.hits || a.i - b.i)
    .slice(0, Math.max(0, maxSections))
    .sort((a, b) => a.i - b.i);
  return {
    title,
    url,
    excerpt: parseExcerpt(data.excerpt, parse),
    sections: subs.map(({ s, url: u }) => ({
      title: s.title.trim() || title,
      url: u,
      excerpt: parseExcerpt(s.excerpt, parse),
    })),
  };
}

/** What the status line says after a search, for sighted and screen-reader users alike. */
export function resultSummary(count: number, query: string): string {
  const q = query.trim().replace(/\s+/g, ' ');
  const shown = q.length > 40 ? `${q.slice(0, 40)}…` : q;
  if (count === 0) return `No pages match “${shown}”. Try a shorter or different word.`;
  // Plain pluralisation rather than countNoun: it keeps d3-format out of the dialog's bundle,
  // and a guide this size never has thousands of pages.
  return `${count} ${count === 1 ? 'page matches' : 'pages match'} “${shown}”.`;
}

/** Shortest query worth sending: single letters match almost everything. */
export const MIN_QUERY_LENGTH = 2;
