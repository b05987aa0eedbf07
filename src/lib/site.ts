/** Site-wide facts used by the page chrome. */

export const SITE = {
  name: 'Sales × Marketing',
  tagline: 'How sales and marketing differ, and how they win together',
  description:
    'An interactive guide for small-business owners, coaches and learners: how sales and marketing differ, how each is measured, and how to make them work as one team.',
  source: {
    title: 'Decoding the Difference: Sales versus Marketing for Business Success',
    author: 'Thamizharasu Gopalsamy',
  },
} as const;

export interface NavLink {
  href: string;
  label: string;
}

/**
 * Top-level sections shown in the header beside the chapter menu.
 * Add a section here when its pages exist.
 */
export const NAV_LINKS: NavLink[] = [
  { href: '/tools/', label: 'Tools' },
  { href: '/quiz/', label: 'Quizzes' },
  { href: '/progress/', label: 'Progress' },
  { href: '/glossary/', label: 'Glossary' },
];

/** A chapter as the links to it need it (previous / next at the end of a chapter). */
export interface ChapterLink {
  id: string;
  title: string;
  order: number;
}

/** The URL of a chapter page from its collection id. */
export function chapterHref(id: string): string {
  return `/chapters/${id}/`;
}
