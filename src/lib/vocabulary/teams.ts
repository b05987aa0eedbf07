/**
 * The two teams, and the work they share, named once. Every widget, figure
 * and export takes its team words, colours and shapes from here; a team is
 * never shown by colour alone (shape and word travel with it).
 */
export type Team = 'marketing' | 'sales';
export type TeamOrBoth = Team | 'both';

export const TEAMS: readonly Team[] = ['marketing', 'sales'];
export const TEAMS_AND_BOTH: readonly TeamOrBoth[] = ['marketing', 'sales', 'both'];

/** The word shown on tags, legends, buttons and exports. */
export const TEAM_LABEL: Record<TeamOrBoth, string> = {
  marketing: 'Marketing',
  sales: 'Sales',
  both: 'Both',
};

/** The same, where it stands alone in a sentence ("Both teams"). */
export const TEAM_NOUN: Record<TeamOrBoth, string> = {
  marketing: 'Marketing',
  sales: 'Sales',
  both: 'Both teams',
};

/** Marketing is a circle, Sales a square, Both a diamond. */
export const TEAM_SHAPE: Record<TeamOrBoth, 'circle' | 'square' | 'diamond'> = {
  marketing: 'circle',
  sales: 'square',
  both: 'diamond',
};

/** CSS custom properties from src/styles/tokens.css: the mark, a soft fill and the ink for text. */
export const TEAM_COLOUR: Record<TeamOrBoth, { mark: string; soft: string; ink: string }> = {
  marketing: {
    mark: 'var(--marketing)',
    soft: 'var(--marketing-soft)',
    ink: 'var(--marketing-ink)',
  },
  sales: { mark: 'var(--sales)', soft: 'var(--sales-soft)', ink: 'var(--sales-ink)' },
  both: { mark: 'var(--both)', soft: 'var(--both-soft)', ink: 'var(--both-ink)' },
};

/** The two teams in the order the role explorer and the sorting game list them: sales first. */
export const TEAMS_SALES_FIRST: readonly Team[] = ['sales', 'marketing'];

/**
 * A team's colours as CSS custom properties (`--team`, `--team-soft`,
 * `--team-ink`) for a style attribute, so a view's marks read one variable.
 */
export function teamStyle(team: TeamOrBoth): string {
  const c = TEAM_COLOUR[team];
  return `--team: ${c.mark}; --team-soft: ${c.soft}; --team-ink: ${c.ink}`;
}
