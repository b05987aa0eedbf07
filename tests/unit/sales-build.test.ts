/**
 * One real `astro build` of a copy of the site with a broken scenario: the
 * build must fail and its message must name the file and the node.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildWithChanges } from './support/build-copy';

describe('astro build with a broken role-play scenario', () => {
  it('fails, naming the file and the node', () => {
    const path = 'content/roleplay/brightwell-price.yaml';
    const broken = readFileSync(path, 'utf8').replace('next: math\n', 'next: nowhere\n');
    const { ok, output } = buildWithChanges({ [path]: broken });
    expect(ok).toBe(false);
    expect(output).toContain('roleplay/brightwell-price.yaml');
    expect(output).toMatch(/node "costs": reply 1 leads to "nowhere", which is not a node/);
  }, 200_000);
});
