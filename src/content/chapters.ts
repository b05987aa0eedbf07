/** Helpers over the chapters collection, shared by pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ChapterLink } from '~/lib/site';

export type Chapter = CollectionEntry<'chapters'>;

/** All chapters in reading order. */
export async function getChapters(): Promise<Chapter[]> {
  return (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
}

/** A compact link description for navigation. */
export function chapterLink(c: Chapter | undefined): ChapterLink | undefined {
  return c ? { id: c.id, title: c.data.title, order: c.data.order } : undefined;
}
