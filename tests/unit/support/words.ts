/**
 * Crude word stems for the item-writing checks: lower-case words of four
 * letters or more, cut to five letters, without common words or the names of
 * the two teams (which every question shares). "Qualified" and "quality" share
 * a stem on purpose: either gives the other away.
 */
const STOP = new Set(
  [
    'about',
    'after',
    'also',
    'always',
    'because',
    'before',
    'both',
    'doing',
    'each',
    'every',
    'from',
    'have',
    'into',
    'just',
    'more',
    'most',
    'much',
    'only',
    'other',
    'over',
    'same',
    'should',
    'some',
    'team',
    'teams',
    'than',
    'that',
    'their',
    'them',
    'then',
    'there',
    'these',
    'they',
    'this',
    'those',
    'what',
    'when',
    'where',
    'which',
    'while',
    'whom',
    'will',
    'with',
    'without',
    'your',
    'true',
    'false',
    'best',
    'fits',
    'mostly',
    'mainly',
    'usually',
    'often',
    'thing',
    'ones',
  ].map(stem),
);

/** Words every question shares: the teams and the running example. */
const COMMON = new Set(['sales', 'sell', 'marketing', 'market', 'team', 'leafline'].map(stem));

function stem(word: string): string {
  const w = word.length > 4 ? word.replace(/s$/, '') : word;
  return w.slice(0, 5);
}

/**
 * The stems of a text. With `common`, the team words and "Leafline" count
 * too (for a heading such as "What sales is", which has no other word).
 */
export function stems(text: string, opts: { common?: boolean } = {}): Set<string> {
  const out = new Set<string>();
  for (const w of text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .match(/[a-z]{4,}/g) ?? []) {
    const s = stem(w);
    if (!STOP.has(s) && (opts.common || !COMMON.has(s))) out.add(s);
  }
  return out;
}

/**
 * The stems of a heading: its own words, and the team words too when it has
 * at most one other ("What sales is", "Meet Leafline").
 */
export function headingStems(text: string): Set<string> {
  const own = stems(text);
  return own.size > 1 ? own : stems(text, { common: true });
}

/** Stems two texts share, team words aside. */
export function shared(a: string, b: string): string[] {
  const sb = stems(b);
  return [...stems(a)].filter((s) => sb.has(s));
}
