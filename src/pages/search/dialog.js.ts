/** The search dialog's script, bundled at build time; loaded only when a reader opens search. */
import type { APIRoute } from 'astro';
import { searchBundle } from '../../../scripts/search-bundle.ts';

export const GET: APIRoute = async () =>
  new Response((await searchBundle()).code, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
