/**
 * `ref` validation: every question points at a heading that exists. Pure, so
 * the build (with headings from render()) and the unit tests (with fixtures)
 * run the same check.
 */
import GithubSlugger from 'github-slugger';

export interface HeadingInfo {
  slug: string;
  text: string;
}

/** Chapter id → its headings. */
export type HeadingIndex = ReadonlyMap<string, readonly HeadingInfo[]>;

export interface RefProblem {
  file: string;
  question: string;
  ref: string;
  message: string;
}

/** Checks every question's ref; returns one problem per broken ref (empty when all resolve). */
export function checkRefs(
  files: readonly { file: string; questions: readonly { id: string; ref: string }[] }[],
  headings: HeadingIndex,
): RefProblem[] {
  const problems: RefProblem[] = [];
  for (const f of files) {
    for (const q of f.questions) {
      const [chapter = '', anchor = ''] = q.ref.split('#');
      const list = headings.get(chapter);
      if (!list) {
        problems.push({ file: f.file, question: q.id, ref: q.ref, message: `there is no chapter "${chapter}"` });
      } else if (!list.some((h) => h.slug === anchor)) {
        problems.push({
          file: f.file,
          question: q.id,
          ref: q.ref,
          message: `chapter "${chapter}" has no heading "#${anchor}"`,
        });
      }
    }
  }
  return problems;
}

/** One readable message for a failed build. */
export function formatRefProblems(problems: readonly RefProblem[]): string {
  return [
    `${problems.length} quiz ref${problems.length === 1 ? '' : 's'} point at no heading:`,
    ...problems.map((p) => `  ${p.file}, question "${p.question}": ref "${p.ref}": ${p.message}`),
  ].join('\n');
}

/**
 * Headings of an MDX source by the rules Astro uses (github-slugger over the
 * heading text), for tests and tools that read the files directly.
 */
export function headingsFromMarkdown(source: string): HeadingInfo[] {
  const slugger = new GithubSlugger();
  const body = source.replace(/^---[\s\S]*?---/, '').replace(/```[\s\S]*?```/g, '');
  const out: HeadingInfo[] = [];
  for (const m of body.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = m[1]!.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
    out.push({ slug: slugger.slug(text), text });
  }
  return out;
}
