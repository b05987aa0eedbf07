/**
 * Every role-play scenario as JSON for the live widget, loaded when it
 * hydrates, so the page's HTML does not carry the whole conversation tree.
 */
import type { APIRoute } from 'astro';
import { getScenarios } from '~/content/sales';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getScenarios()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
