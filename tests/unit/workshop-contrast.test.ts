/**
 * The projector theme: every text colour at least 7:1 against the stage's
 * background, and every colour used for marks and shapes at least 3:1, in
 * the light and the dark theme (WCAG relative luminance).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync('src/components/widgets/workshop/projector.css', 'utf8');
const tokens = new Map<string, [string, string]>();
for (const m of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
  tokens.set(m[1]!, [m[2]!, m[3]!]);
}

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const TEXT = ['ink', 'ink-soft', 'accent', 'link', 'link-visited', 'sales-ink', 'marketing-ink', 'both-ink', 'good', 'bad', 'warn'];
const MARKS = ['rule', 'rule-strong', 'focus', 'sales', 'marketing', 'both', 'good', 'bad', 'warn'];
const SOFT_TEXT: [string, string][] = [
  ['sales-ink', 'sales-soft'],
  ['marketing-ink', 'marketing-soft'],
  ['both-ink', 'both-soft'],
  ['ink', 'good-soft'],
  ['ink', 'bad-soft'],
  ['ink', 'warn-soft'],
  ['ink', 'bg-sunken'],
];

describe.each([
  ['light', 0],
  ['dark', 1],
] as const)('projector theme, %s', (_theme, i) => {
  const get = (name: string) => {
    const t = tokens.get(name);
    if (!t) throw new Error(`--${name} is not in projector.css`);
    return t[i];
  };
  const bg = get('bg');

  it.each(TEXT)('text --%s is at least 7:1 on the background', (name) => {
    expect(contrast(get(name), bg)).toBeGreaterThanOrEqual(7);
    expect(contrast(get(name), get('bg-raised'))).toBeGreaterThanOrEqual(7);
  });

  it.each(MARKS)('marks in --%s are at least 3:1 on the background', (name) => {
    expect(contrast(get(name), bg)).toBeGreaterThanOrEqual(3);
  });

  it.each(SOFT_TEXT)('--%s text on --%s is at least 7:1', (fg, back) => {
    expect(contrast(get(fg), get(back))).toBeGreaterThanOrEqual(7);
  });

  it('prints the ratios', () => {
    const rows = [...TEXT, ...MARKS].map((n) => `${n} ${contrast(get(n), bg).toFixed(2)}`);
    console.log(`${_theme}: ${rows.join(', ')}`);
  });
});
