/**
 * Build-time only: bundles the search dialog (src/components/search/search-dialog.ts)
 * into one small ES module, served at SEARCH_SCRIPT_PATH. It is kept out of
 * Astro's page bundles on purpose: pages must load no external JavaScript until a
 * reader opens search, and Astro would otherwise attach it to every page.
 * esbuild is Astro's own bundler dependency.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** Where the bundled dialog is served. */
export const SEARCH_SCRIPT_PATH = '/search/dialog.js';

export interface SearchBundle {
  code: string;
  /** Content hash, appended as ?v= so a new build is never served from an old cache. */
  version: string;
}

let cached: Promise<SearchBundle> | undefined;

async function make(): Promise<SearchBundle> {
  const out = await build({
    entryPoints: [resolve('src/components/search/search-dialog.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.text;
  return { code, version: createHash('sha256').update(code).digest('hex').slice(0, 10) };
}

/** The bundle, made once per build (afresh on each request in `astro dev`). */
export function searchBundle(): Promise<SearchBundle> {
  if (import.meta.env?.DEV) return make();
  cached ??= make();
  return cached;
}

/** The URL the opener imports. */
export async function searchScriptUrl(): Promise<string> {
  return `${SEARCH_SCRIPT_PATH}?v=${(await searchBundle()).version}`;
}
