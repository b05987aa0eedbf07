/**
 * One chapter's questions as JSON: the quiz at the end of a chapter fetches
 * them when the reader gets there, so they are not repeated in the page's HTML.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapterQuizzes } from '~/content/quiz';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getChapterQuizzes()).map((quiz) => ({ params: { slug: quiz.id }, props: { questions: quiz.questions } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.questions), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
