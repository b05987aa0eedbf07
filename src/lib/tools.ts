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
  {
    href: '/tools/sales-process/',
    title: 'The six steps of a sale',
    summary:
      'Step through prospecting, approach, presentation, objection handling, closing and follow-up: what each step is for, what the buyer thinks, and where marketing feeds in.',
    chapter: 'from-awareness-to-purchase',
  },
  {
    href: '/tools/roleplay/',
    title: 'Objection-handling role-play',
    summary:
      'Answer a buyer who says the price is too high or that they already have a supplier. Watch trust, need and urgency move, then read a debrief of every reply.',
    chapter: 'strategies-compared',
  },
  {
    href: '/tools/pipeline/',
    title: 'Pipeline forecast',
    summary:
      'Set how many deals enter each week and how they move through the stages; see the deals and revenue to expect, the weighted pipeline, and a likely range from 2,000 simulated runs.',
    chapter: 'from-awareness-to-purchase',
  },
];
