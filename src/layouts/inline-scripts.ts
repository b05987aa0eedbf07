/**
 * The only JavaScript a text page runs, inlined by BaseLayout. The sources are
 * TypeScript (./inline/head.ts, ./inline/body.ts), minified here at build time
 * by esbuild (Astro's own bundler). Budget: at most 2 KB of inline script per
 * page and 0 bytes of external script (tests/unit/inline-scripts.test.ts checks
 * that they parse and measures them). scripts/postbuild.mjs hashes every inline
 * script for the Content-Security-Policy, so no policy edit is needed when
 * these change.
 */
import { transformSync } from 'esbuild';
import headSource from './inline/head.ts?raw';
import bodySource from './inline/body.ts?raw';

function minify(source: string): string {
  return transformSync(source, {
    loader: 'ts',
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
  }).code.trim();
}

/** In <head>, before first paint: html.js and the saved theme. */
export const HEAD_SCRIPT = minify(headSource);

/** At the end of <body>: theme toggle, menus, term tooltips, search opener, offline state. */
export const BODY_SCRIPT = minify(bodySource);
