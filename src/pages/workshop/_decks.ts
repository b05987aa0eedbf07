/**
 * Build-time loading of the workshop decks: each file is validated by its
 * schema (content.config.ts), then its room questions are looked up in the
 * quizzes and its stations' states checked against their widgets' specs. Any
 * problem fails the build with the file, the slide and the field.
 */
import { getCollection } from 'astro:content';
import { buildDeck, type QuestionSource } from '~/lib/workshop/deck';
import type { DeckFile } from '~/lib/workshop/schema';
import type { Deck } from '~/lib/workshop/types';
import type { Question } from '~/lib/quiz/types';
import { stationSpecs } from '~/components/widgets/workshop/station-specs';
import { stationContent } from '~/components/widgets/workshop/station-content';

let cache: Promise<Deck[]> | null = null;

export function getDecks(): Promise<Deck[]> {
  cache ??= load();
  return cache;
}

async function load(): Promise<Deck[]> {
  const [files, quizzes] = await Promise.all([getCollection('workshops'), getCollection('quizzes')]);
  const questions = new Map<string, QuestionSource>();
  for (const q of quizzes) {
    for (const question of q.data.questions as Question[]) questions.set(question.id, { quiz: q.id, question });
  }
  const specs = stationSpecs(await stationContent());
  const problems: string[] = [];
  const decks = files.map((f) => {
    const r = buildDeck(f.id, f.data as DeckFile, { questions, specs });
    problems.push(...r.problems);
    return r.deck;
  });
  if (problems.length) throw new Error(`Workshop decks need fixing:\n  ${problems.join('\n  ')}`);
  // The longer deck first: it is the workshop; the short one is its taster.
  return decks.sort((a, b) => b.duration - a.duration || a.title.localeCompare(b.title));
}

/** The content the deck's station widgets take as props (for the stage and presenter). */
export async function getStationContent(deck: Deck) {
  const used = [...new Set(deck.slides.flatMap((s) => (s.kind === 'station' ? [s.widget] : [])))];
  return stationContent(used);
}

/** The pages of every deck (stage, presenter, guide): one path per deck, the deck as its prop. */
export async function deckPaths() {
  return (await getDecks()).map((deck) => ({ params: { deck: deck.id }, props: { deck } }));
}
