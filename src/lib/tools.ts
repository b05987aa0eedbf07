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
  {
    href: '/tools/who-does-it/',
    title: 'Who does it?',
    summary:
      'Sort everyday tasks into sales, marketing or both, then read why each one belongs where it does.',
    chapter: 'the-core-differences',
  },
  {
    href: '/tools/roles/',
    title: 'Role explorer',
    summary:
      'The nine roles of the two teams side by side: what each does, how it is judged, and who does it at Leafline. Filter them and compare any two.',
    chapter: 'the-teams',
  },
  {
    href: '/tools/journey/',
    title: 'Customer-journey map',
    summary:
      'Follow Maria from a shared video to a referral, see which team leads each step, or switch to how many buyers reach each phase in a month.',
    chapter: 'the-customer-journey',
  },
  {
    href: '/tools/scorecard/',
    title: 'Alignment scorecard',
    summary:
      'Rate the five alignment practices in your business, set targets, and get next steps you can print or share.',
    chapter: 'working-as-one',
  },
  {
    href: '/tools/agreement/',
    title: 'Service-level agreement builder',
    summary:
      'Work backwards from a revenue goal to the good leads marketing must deliver each month, agree how fast sales follows up and what counts as a good lead, and print a one-page agreement to sign.',
    chapter: 'working-as-one',
  },
];
