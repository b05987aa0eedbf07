/**
 * The search dialog. This module is NOT loaded with the page: the header's
 * inline opener imports it (from /search/dialog.js, bundled at build time by
 * scripts/search-bundle.ts) the first time a reader opens search, and only then
 * does it fetch Pagefind and its index. Native <dialog> with showModal gives
 * the modal behaviour: focus moves in, the rest of the page is inert, Escape
 * closes, focus returns to where it was.
 * Nothing from the index is inserted as HTML: excerpts are parsed into text
 * and <mark> runs (src/lib/search/results.ts) and built node by node.
 */
import {
  MIN_QUERY_LENGTH,
  resultSummary,
  shapeResult,
  type ExcerptNode,
  type FragmentParser,
  type PageHit,
  type PagefindResultData,
  type Segment,
} from '../../lib/search/results.ts';

/** The browser's own HTML parser, adapted to the tree shape results.ts reads. */
function toExcerptNode(node: Node): ExcerptNode {
  if (node.nodeType === Node.TEXT_NODE) return { type: 'text', value: node.nodeValue ?? '' };
  return {
    type: 'element',
    tagName: node.nodeName.toLowerCase(),
    children: [...node.childNodes].map(toExcerptNode),
  };
}
const parseFragment: FragmentParser = (html) =>
  toExcerptNode(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body);

interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (
    q: string,
    o?: Record<string, unknown>,
    ms?: number,
  ) => Promise<PagefindSearch | null>;
}

/** Where `pagefind --site dist` puts its browser API. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Pages listed at most; a reader refines the words rather than scrolls. */
const MAX_PAGES = 8;

let ui: { dialog: HTMLDialogElement; input: HTMLInputElement } | null = null;
let pagefind: Promise<Pagefind> | null = null;
let returnTo: Element | null = null;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** Text and <mark> nodes from parsed segments: the only "HTML" a result gets. */
function excerptNodes(segments: readonly Segment[]): Node[] {
  return segments.map((s) => (s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text)));
}

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  });
  // A failed load (e.g. `astro dev`, where no index exists) may be retried on the next open.
  pagefind.catch(() => {
    pagefind = null;
  });
  return pagefind;
}

function renderHit(hit: PageHit): HTMLLIElement {
  const li = el('li', { class: 'search-hit' });
  const head = el('h3', { class: 'search-hit-title' }, el('a', { href: hit.url }, hit.title));
  li.append(head);
  if (hit.sections.length === 0) {
    li.append(el('p', { class: 'search-excerpt' }, ...excerptNodes(hit.excerpt)));
    return li;
  }
  const list = el('ul', { class: 'search-sections', 'aria-label': `Sections of ${hit.title}` });
  for (const s of hit.sections) {
    list.append(
      el(
        'li',
        {},
        el(
          'a',
          { href: s.url },
          el('span', { class: 'search-section-title' }, s.title),
          el('span', { class: 'search-excerpt' }, ...excerptNodes(s.excerpt)),
        ),
      ),
    );
  }
  li.append(list);
  return li;
}

function build(): { dialog: HTMLDialogElement; input: HTMLInputElement } {
  const input = el('input', {
    id: 'search-q',
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    'aria-describedby': 'search-status',
    'aria-controls': 'search-results',
  });
  const status = el('p', { id: 'search-status', class: 'search-status', role: 'status' });
  const results = el('ol', {
    id: 'search-results',
    class: 'search-results',
    'aria-label': 'Results',
  });
  const close = el('button', { type: 'button', class: 'btn search-close' }, 'Close');
  const form = el(
    'form',
    { class: 'search-form', role: 'search' },
    el('label', { for: 'search-q' }, 'Words to find'),
    input,
  );
  const dialog = el(
    'dialog',
    { class: 'search-dialog', 'aria-labelledby': 'search-title' },
    el(
      'div',
      { class: 'search-panel' },
      el(
        'div',
        { class: 'search-top' },
        el('h2', { id: 'search-title' }, 'Search the guide'),
        close,
      ),
      form,
      status,
      results,
      el(
        'p',
        { class: 'search-foot' },
        'Searches every chapter and the glossary, right in your browser. ',
        el('kbd', {}, 'Esc'),
        ' closes.',
      ),
    ),
  );
  status.textContent = 'Type a word or two, for example “win rate” or “follow-up”.';

  let seq = 0;
  async function run(): Promise<void> {
    const q = input.value.trim();
    const mine = ++seq;
    if (q.length < MIN_QUERY_LENGTH) {
      results.replaceChildren();
      status.textContent = q
        ? 'Keep typing: at least two letters.'
        : 'Type a word or two, for example “win rate” or “follow-up”.';
      return;
    }
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      if (mine === seq) {
        status.textContent =
          'Search is not available here: the search index was not found. It is created by “npm run build”.';
      }
      return;
    }
    const found = await pf.debouncedSearch(q, {}, 200);
    if (!found || mine !== seq) return; // a newer query superseded this one
    const data = await Promise.all(found.results.slice(0, MAX_PAGES).map((r) => r.data()));
    if (mine !== seq) return;
    const hits = data
      .map((d) => shapeResult(d, parseFragment, 3, q))
      .filter((h): h is PageHit => h !== null);
    results.replaceChildren(...hits.map(renderHit));
    status.textContent = resultSummary(found.results.length, q);
  }

  input.addEventListener('input', () => void run());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
    results.querySelector('a')?.focus();
  });
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog itself (the panel fills it).
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
    else if (e.target instanceof Element && e.target.closest('a[href]')) dialog.close();
  });
  // Up and Down move between the field and the result links.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const stops = [input, ...results.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at < 0 || stops.length < 2) return;
    e.preventDefault();
    const next = Math.min(stops.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)));
    stops[next]!.focus();
  });
  dialog.addEventListener('close', () => {
    const back = returnTo;
    returnTo = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  });
  document.body.append(dialog);
  return { dialog, input };
}

/** Opens the dialog (building it the first time) and starts loading the index. */
export function open(opener?: Element | null): void {
  ui ??= build();
  if (ui.dialog.open) return;
  const active = document.activeElement;
  returnTo = active && active !== document.body ? active : (opener ?? null);
  ui.dialog.showModal();
  ui.input.focus();
  ui.input.select();
  // Warm the index while the reader types.
  loadPagefind().catch(() => undefined);
}
