/**
 * The only JavaScript a text page runs, inlined by BaseLayout. Budget: at most
 * 1.5 KB of inline script per page in total and 0 bytes of external script, so
 * these are written minified by hand (tests/unit/inline-scripts.test.ts checks
 * that they parse and measures them).
 */

/**
 * In <head>, before first paint: marks html.js (so no-JS fallbacks such as the
 * search link can hide without a flash) and applies the saved theme.
 */
export const HEAD_SCRIPT =
  "var h=document.documentElement;h.classList.add('js');try{var t=localStorage.getItem('sxm-theme');if(t=='light'||t=='dark')h.dataset.theme=t}catch(e){}";

/**
 * At the end of <body>:
 * - k/u: the theme toggle (shown only with JS), persisted in localStorage;
 * - menus (details[data-menu]) close on a click outside or on Escape, which
 *   returns focus to their summary;
 * - glossary terms (Term.astro): Escape adds .off to a hovered or focused
 *   .term-wrap, hiding its tooltip without moving focus (APG tooltip pattern);
 *   f removes it when the pointer leaves the wrap or focus leaves the term;
 * - o: the search opener. The dialog module named in data-search (with Pagefind
 *   behind it) is imported on the first click or "/" press, not before; "/"
 *   is ignored while typing in a field or with a modifier key.
 */
export const BODY_SCRIPT =
  "(()=>{var d=document,h=d.documentElement,b=d.querySelector('[data-theme-toggle]'),m=matchMedia('(prefers-color-scheme:dark)'),s=d.querySelector('[data-search]'),W='.term-wrap',M='details[data-menu][open]',p,a=(t,f,c)=>d.addEventListener(t,f,c),k=()=>(h.dataset.theme||(m.matches?'dark':'light'))=='dark',u=()=>b.setAttribute('aria-pressed',k()),o=()=>(p=p||import(s.dataset.search)).then(x=>x.open(s),()=>p=0),f=e=>{var t=e.target;t.matches&&t.matches(e.type=='focusout'?'.term':W)&&t.closest(W).classList.remove('off')};if(b){u();b.hidden=!1;b.onclick=()=>{var t=k()?'light':'dark';h.dataset.theme=t;try{localStorage.setItem('sxm-theme',t)}catch(e){}u()};m.onchange=u}if(s)s.onclick=o;a('focusout',f);a('mouseleave',f,!0);a('keydown',e=>{var t=e.target,x;if(e.key=='Escape'){x=d.querySelector(M);if(x){x.open=!1;x.querySelector('summary').focus()}d.querySelectorAll(W+':hover,'+W+':focus-within').forEach(w=>w.classList.add('off'))}else if(e.key=='/'&&s&&!(e.ctrlKey||e.metaKey||e.altKey||t.isContentEditable||t.closest('input,textarea,select,dialog'))){e.preventDefault();o()}});a('click',e=>d.querySelectorAll(M).forEach(x=>x.contains(e.target)||(x.open=!1)))})()";
