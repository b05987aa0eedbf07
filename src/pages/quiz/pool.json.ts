/**
 * Every question of every chapter, for the final exam's later draws and the
 * review of mistakes, fetched from this site only.
 */
import type { APIRoute } from 'astro';
import { getQuestionPool } from '~/content/quiz';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getQuestionPool()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
