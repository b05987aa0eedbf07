/**
 * The glossary as a reader sees it: terms sorted alphabetically, grouped under
 * their first letter, each linked to the chapter that introduces it.
 * Pure functions, so the page and the unit tests share one implementation.
 */
import type { GlossaryEntry } from './schema.ts';

/** Where the glossary lives, named in build errors so an author knows which file to fix. */
export const GLOSSARY_FILE = 'content/glossary.yaml';

/** A chapter the glossary can point at. */
export interface ChapterRef {
  id: string;
  title: string;
  order: number;
}

/** An entry with its chapter resolved. */
export interface ResolvedEntry extends GlossaryEntry {
  chapterRef: ChapterRef;
}

/** One letter of the glossary. */
export interface LetterGroup<T> {
  /** "A" … "Z", or "#" for terms that start with a digit or a symbol. */
  letter: string;
  /** Anchor id of the letter's section, e.g. "letter-a". */
  anchor: string;
  entries: T[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorts entries by term, ignoring case and accents (alphabetical as a reader expects). */
export function sortEntries<T extends Pick<GlossaryEntry, 'term'>>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => collator.compare(a.term, b.term));
}

/** The index letter of a term: its first letter without accents, upper case; "#" otherwise. */
export function letterOf(term: string): string {
  const first = term
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Anchor id of a letter's section. */
export function letterAnchor(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

/** Sorts entries and groups them by letter, letters in alphabetical order ("#" first). */
export function groupByLetter<T extends Pick<GlossaryEntry, 'term'>>(
  entries: readonly T[],
): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const e of sortEntries(entries)) {
    const letter = letterOf(e.term);
    const list = groups.get(letter) ?? [];
    list.push(e);
    groups.set(letter, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, anchor: letterAnchor(letter), entries: list }));
}

/** Ids the glossary page already uses, which a term id must not take. */
export const RESERVED_IDS = new Set(['main', 'glossary-title', 'letter-index']);

/**
 * Resolves each entry's chapter id against the chapters that exist. Throws one
 * error naming the file and every offending entry, so a typo fails the build
 * with a message an author can act on. Also rejects duplicate ids and ids that
 * would collide with the page's own anchors.
 */
export function resolveChapters(
  entries: readonly GlossaryEntry[],
  chapters: readonly ChapterRef[],
): ResolvedEntry[] {
  const byId = new Map(chapters.map((c) => [c.id, c]));
  const problems: string[] = [];
  const seen = new Set<string>();
  const resolved: ResolvedEntry[] = [];
  for (const e of entries) {
    if (seen.has(e.id)) problems.push(`entry "${e.id}": the id is used twice`);
    seen.add(e.id);
    if (RESERVED_IDS.has(e.id) || e.id.startsWith('letter-')) {
      problems.push(`entry "${e.id}": the id is reserved by the glossary page; choose another`);
    }
    const chapterRef = byId.get(e.chapter);
    if (!chapterRef) {
      const known = [...byId.keys()].sort().join(', ') || 'none';
      problems.push(
        `entry "${e.id}" (${e.term}): chapter "${e.chapter}" does not exist (known chapter ids: ${known})`,
      );
      continue;
    }
    resolved.push({ ...e, chapterRef });
  }
  if (problems.length > 0) {
    throw new Error(`${GLOSSARY_FILE}: ${problems.join('; ')}`);
  }
  return resolved;
}
