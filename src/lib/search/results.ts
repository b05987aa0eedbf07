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

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

/** Decodes the character references Pagefind can emit; anything unknown stays as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Refuse NUL, surrogates and out-of-range code points.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        return whole;
      }
      return String.fromCodePoint(code);
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into plain and highlighted runs. Only <mark> and </mark>
 * count; every other tag is dropped; text is entity-decoded and whitespace
 * collapsed. Unbalanced marks end at the end of the excerpt.
 */
export function parseExcerpt(html: string): Segment[] {
  const out: Segment[] = [];
  let mark = false;
  const push = (raw: string) => {
    const text = decodeEntities(raw.replace(/<[^>]*>?/g, '')).replace(/\s+/g, ' ');
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += text;
    else out.push({ text, mark });
  };
  const re = /<(\/?)mark\b[^>]*>/gi;
  let at = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    push(html.slice(at, m.index));
    mark = m[1] !== '/';
    at = m.index + m[0].length;
  }
  push(html.slice(at));
  if (out.length > 0) {
    out[0]!.text = out[0]!.text.replace(/^\s+/, '');
    const last = out[out.length - 1]!;
    last.text = last.text.replace(/\s+$/, '');
  }
  return out.filter((s) => s.text.length > 0);
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
  if (!u.startsWith('/') || u.startsWith('//') || /[\u0000-\u001f\\]/.test(u)) return null;
  return u;
}

/**
 * Shapes one Pagefind result: the page title and URL, its excerpt, and up to
 * `maxSections` matching sections (those with the most matches first, then in
 * page order). A section that is the page itself (no anchor) is not repeated.
 */
export function shapeResult(data: PagefindResultData, maxSections = 3): PageHit | null {
  const url = safeUrl(data.url);
  if (!url) return null;
  const title = (data.meta?.title ?? '').trim() || url;
  const subs = (data.sub_results ?? [])
    .map((s, i) => ({ s, i, url: safeUrl(s.url), hits: s.locations?.length ?? 0 }))
    .filter((x): x is typeof x & { url: string } => x.url !== null && x.url.includes('#'))
    .sort((a, b) => b.hits - a.hits || a.i - b.i)
    .slice(0, Math.max(0, maxSections))
    .sort((a, b) => a.i - b.i);
  return {
    title,
    url,
    excerpt: parseExcerpt(data.excerpt),
    sections: subs.map(({ s, url: u }) => ({
      title: s.title.trim() || title,
      url: u,
      excerpt: parseExcerpt(s.excerpt),
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
