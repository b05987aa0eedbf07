/**
 * The interactive tools that also live on their own page under /tools/.
 * Each widget's author appends an entry; /tools/ lists them in this order.
 */
export interface ToolEntry {
  /** Page address, e.g. "/tools/funnel/". */
  href: string;
  title: string;
  /** One or two sentences: what the tool does for the reader. */
  summary: string;
  /** Id (slug) of the chapter the tool belongs to. */
  chapter: string;
}

export const TOOLS: ToolEntry[] = [
  {
    href: '/tools/funnel/',
    title: 'Funnel simulator',
    summary:
      'Follow a month of prospects from the first time they hear of you to the signed contract. Change any rate or cost, work backwards from a goal, compare scenarios and present it full screen.',
    chapter: 'from-awareness-to-purchase',
  },
];
