/**
 * In <head>, before first paint: marks html.js (so no-JS fallbacks such as the
 * search link can hide without a flash) and applies the saved theme.
 * A classic script: inline-scripts.ts minifies it into an IIFE.
 */
const root = document.documentElement;
root.classList.add('js');
try {
  const saved = localStorage.getItem('sxm-theme');
  if (saved == 'light' || saved == 'dark') root.dataset.theme = saved;
} catch {
  // Storage blocked: the system theme applies.
}
export {};
