/**
 * Crude word stems for the item-writing checks: lower-case words of four
 * letters or more, cut to five letters, without common words or the names of
 * the two teams (which every question shares). "Qualified" and "quality" share
 * a stem on purpose: either gives the other away.
 */
const STOP = new Set(
  [
    'about', 'after', 'also', 'always', 'because', 'before', 'both', 'does', 'doing', 'each', 'every', 'from', 'have',
    'into', 'just', 'leafline', 'leaflines', 'marketing', 'more', 'most', 'much', 'only', 'other', 'over', 'sales',
    'same', 'should', 'some', 'team', 'teams', 'than', 'that', 'their', 'them', 'then', 'there', 'these', 'they',
    'this', 'those', 'what', 'when', 'where', 'which', 'while', 'whom', 'will', 'with', 'without', 'your', 'true',
    'false', 'best', 'fits', 'mostly', 'mainly', 'usually', 'often', 'thing', 'things', 'ones',
  ].map((w) => w.slice(0, 5)),
);

export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().replace(/[’']s\b/g, '').match(/[a-z]{4,}/g) ?? []) {
    const s = w.slice(0, 5);
    if (!STOP.has(s)) out.add(s);
  }
  return out;
}

export function shared(a: string, b: string): string[] {
  const sb = stems(b);
  return [...stems(a)].filter((s) => sb.has(s));
}
