/** Widgets that also live on a page of their own, listed on /tools/. */

export interface Tool {
  href: string;
  title: string;
  summary: string;
  /** Id (slug) of the chapter the widget belongs to. */
  chapter: string;
}

export const TOOLS: Tool[] = [];

TOOLS.push(
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
);
