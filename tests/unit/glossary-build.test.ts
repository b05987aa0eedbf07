/**
 * Broken glossary references fail the build with a message that says what to fix:
 * a <Term> with an unknown id, and a glossary entry pointing at a chapter that
 * does not exist. Each case builds a throwaway copy of the site.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWithChanges } from './support/build-copy';

const CHAPTER = 'content/chapters/01-defining-the-disciplines.mdx';

describe('glossary references in the build', () => {
  it(
    'a <Term> with an unknown id fails the build, naming the id and the page',
    () => {
      const src = readFileSync(CHAPTER, 'utf8');
      const broken = src.replace(/<Term id="[a-z0-9-]+">/, '<Term id="nope">');
      expect(broken).not.toBe(src);
      const { ok, output } = buildWithChanges({ [CHAPTER]: broken });
      expect(ok).toBe(false);
      expect(output).toMatch(/<Term id="nope">/);
      expect(output).toMatch(/no glossary entry with the id "nope" in content\/glossary\.yaml/);
      expect(output).toMatch(/\/chapters\/defining-the-disciplines\//);
    },
    180_000,
  );

  it(
    'a glossary entry with an unknown chapter fails the build, naming the file and the entry',
    () => {
      const yaml = readFileSync('content/glossary.yaml', 'utf8');
      const broken = `${yaml.trimEnd()}\n- id: test-orphan\n  term: Orphan term\n  definition: A term whose chapter does not exist, used only by this test.\n  chapter: no-such-chapter\n`;
      const { ok, output } = buildWithChanges({ 'content/glossary.yaml': broken });
      expect(ok).toBe(false);
      expect(output).toMatch(/content\/glossary\.yaml: entry "test-orphan" \(Orphan term\): chapter "no-such-chapter" does not exist/);
    },
    180_000,
  );
});
