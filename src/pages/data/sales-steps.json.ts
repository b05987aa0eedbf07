/**
 * The six steps as JSON for the live stepper. The page renders the steps as
 * HTML for readers without JavaScript; the island loads this file instead of
 * carrying a second copy of the text inside the page.
 */
import type { APIRoute } from 'astro';
import { getSalesSteps } from '~/content/sales';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSalesSteps()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
