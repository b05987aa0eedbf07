/**
 * At the end of <body>, the only JavaScript a text page runs
 * (inline-scripts.ts minifies it into an IIFE):
 * - the theme toggle (shown only with JS), persisted in localStorage;
 * - menus (details[data-menu]) close on a click outside or on Escape, which
 *   returns focus to their summary;
 * - glossary terms (Term.astro): Escape adds .off to a hovered or focused
 *   .term-wrap, hiding its tooltip without moving focus (APG tooltip pattern);
 *   it is removed when the pointer leaves the wrap or focus leaves the term;
 * - the search opener: the dialog module named in data-search (with Pagefind
 *   behind it) is imported on the first click or "/" press, not before; "/" is
 *   ignored while typing in a field or with a modifier key. If the module
 *   cannot load, the search page (a plain link) takes over;
 * - offline: registers the service worker named in html[data-sw] (set only
 *   in a production build) and writes its state into every [data-offline]
 *   element (OfflineStatus.astro shows the matching words): saving, ready,
 *   save (not complete: offer to save), update (a new version is waiting);
 * - an island whose code could not load (offline before it was saved) says so
 *   with a button to try again, instead of staying inert.
 */
const d = document;
const root = d.documentElement;
const toggle = d.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const dark = matchMedia('(prefers-color-scheme:dark)');
const opener = d.querySelector<HTMLElement>('[data-search]');
const WRAP = '.term-wrap';
const OPEN_MENU = 'details[data-menu][open]';
const on = (type: string, fn: (e: Event) => void, capture?: boolean) => d.addEventListener(type, fn, capture);
const isDark = () => (root.dataset.theme || (dark.matches ? 'dark' : 'light')) == 'dark';
const pressed = () => toggle!.setAttribute('aria-pressed', String(isDark()));
let dialog: Promise<{ open(el: HTMLElement): void }> | 0 = 0;
const openSearch = () =>
  (dialog = dialog || import(opener!.dataset.search!)).then(
    (m) => m.open(opener!),
    () => {
      dialog = 0;
      location.href = '/search/';
    },
  );
const unhide = (e: Event) => {
  const t = e.target as Element;
  if (t.matches && t.matches(e.type == 'focusout' ? '.term' : WRAP)) t.closest(WRAP)!.classList.remove('off');
};

if (toggle) {
  pressed();
  toggle.hidden = false;
  toggle.onclick = () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('sxm-theme', next);
    } catch {
      // Not saved; the choice holds for this page.
    }
    pressed();
  };
  dark.onchange = pressed;
}
if (opener) opener.onclick = openSearch;
on('focusout', unhide);
on('mouseleave', unhide, true);
on('keydown', (ev) => {
  const e = ev as KeyboardEvent;
  const t = e.target as HTMLElement;
  if (e.key == 'Escape') {
    const menu = d.querySelector<HTMLDetailsElement>(OPEN_MENU);
    if (menu) {
      menu.open = false;
      menu.querySelector('summary')!.focus();
    }
    d.querySelectorAll(WRAP + ':hover,' + WRAP + ':focus-within').forEach((w) => w.classList.add('off'));
  } else if (
    e.key == '/' &&
    opener &&
    !(e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || t.closest('input,textarea,select,dialog'))
  ) {
    e.preventDefault();
    openSearch();
  }
});

const sw = navigator.serviceWorker;
const swUrl = root.dataset.sw;
let reloading = 0;
const show = (state: string) => d.querySelectorAll<HTMLElement>('[data-offline]').forEach((el) => (el.dataset.offline = state));
// Follows the registration: a worker installing means saving; one waiting
// while this page is controlled is a new version; an active one means ready.
const follow = (r: ServiceWorkerRegistration) => {
  const w = r.installing || r.waiting;
  if (r.waiting && sw.controller) show('update');
  else if (w) {
    show('saving');
    w.onstatechange = () => follow(r);
  } else show(r.active ? 'ready' : 'save');
};
const register = () =>
  sw.register(swUrl!).then(
    (r) => {
      // Some automation stubs resolve with nothing; a browser always gives a registration.
      if (!r) return;
      follow(r);
      r.onupdatefound = () => follow(r);
    },
    () => show('save'),
  );

on('click', (e) => {
  const t = e.target as Element;
  d.querySelectorAll<HTMLDetailsElement>(OPEN_MENU).forEach((x) => x.contains(t) || (x.open = false));
  const act = t.closest<HTMLElement>('[data-offline-do]')?.dataset.offlineDo;
  if (act == 'save') register();
  else if (act == 'reload') {
    reloading = 1;
    sw.getRegistration().then((r) => (r && r.waiting ? r.waiting.postMessage({ type: 'SKIP_WAITING' }) : location.reload()));
  } else if (act == 'retry') location.reload();
});

if (sw && swUrl) {
  sw.addEventListener('controllerchange', () => reloading && location.reload());
  // A while after the page has loaded: saving the whole guide (some 3.7 MB) must
  // not compete with the page's own widgets waking up, on a slow phone above all.
  const later = () => setTimeout(register, 2e3);
  if (d.readyState == 'complete') later();
  else addEventListener('load', later);
}

on('astro:hydration-error', (e) => {
  // Handled here: the island says what happened instead of logging only.
  e.preventDefault();
  const island = (e.target as Element).closest('[data-island]') || (e.target as Element);
  if (island.querySelector('.island-failed')) return;
  island.insertAdjacentHTML(
    'afterbegin',
    '<p class="island-failed" role="alert">This part of the page could not load' +
      (navigator.onLine ? '' : ' because the connection is off') +
      '. <button type="button" class="btn" data-offline-do="retry">Try again</button></p>',
  );
});
export {};
