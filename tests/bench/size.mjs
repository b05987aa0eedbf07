#!/usr/bin/env node
/** Prints per page: HTML, CSS and JS bytes, raw and gzipped, against the budgets. */
import { measurePages, BUDGETS } from './page-weight.mjs';

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const rows = measurePages(process.argv[2] ?? 'dist');
const head = `${'page'.padEnd(42)} ${'HTML raw'.padStart(9)} ${'gz'.padStart(6)} ${'CSS raw'.padStart(8)} ${'gz'.padStart(6)} ${'JS raw'.padStart(7)} ${'gz'.padStart(6)} ${'inline'.padStart(7)} islands`;
console.log(head);
console.log('-'.repeat(head.length));
for (const r of rows) {
  console.log(
    `${r.page.padEnd(42)} ${kb(r.html.raw)} KB ${kb(r.html.gz)} ${kb(r.css.raw)} KB ${kb(r.css.gz)} ${kb(r.js.raw)} KB ${kb(r.js.gz)} ${String(r.inlineScript).padStart(6)}B ${r.islands}`,
  );
  if (r.islands > 1) {
    for (const i of r.islandsJs) console.log(`${''.padEnd(44)}island ${i.name}: ${kb(i.gz)} KB gz`);
  }
}
const max = (f) => Math.max(...rows.map(f));
console.log('-'.repeat(head.length));
console.log(
  `${rows.length} pages. Largest gzipped: HTML ${kb(max((r) => r.html.gz))} KB (budget ${BUDGETS.htmlGz / 1024}), CSS ${kb(max((r) => r.css.gz))} KB (budget ${BUDGETS.cssGz / 1024}), JS ${kb(max((r) => r.js.gz))} KB (budget ${BUDGETS.jsGz / 1024}). Text pages: ${rows.filter((r) => r.islands === 0).length}, largest inline script ${max((r) => (r.islands === 0 ? r.inlineScript : 0))} B (budget ${BUDGETS.textPageInlineScript}).`,
);
