/** The interactive tools that also live on their own page, listed on /tools/. */
export interface Tool {
  href: string;
  title: string;
  summary: string;
  /** Chapter id (slug) the tool belongs to. */
  chapter: string;
}

export const TOOLS: Tool[] = [
  {
    href: '/tools/who-does-it/',
    title: 'Who does it?',
    summary: 'Sort everyday tasks into sales, marketing or both, then see why each belongs where it does.',
    chapter: 'the-core-differences',
  },
  {
    href: '/tools/roles/',
    title: 'Role explorer',
    summary: 'The nine roles of the two teams side by side: what each does, how it is judged, and who does it at Leafline.',
    chapter: 'the-teams',
  },
  {
    href: '/tools/journey/',
    title: 'Customer-journey map',
    summary: 'Follow one buyer from a shared video to a referral, or see how many buyers reach each phase in a month.',
    chapter: 'the-customer-journey',
  },
  {
    href: '/tools/scorecard/',
    title: 'Alignment scorecard',
    summary: 'Rate the five alignment practices in your business, set targets, and get next steps you can print or share.',
    chapter: 'working-as-one',
  },
];
