import { describe, expect, it } from 'vitest';
import { BODY_SCRIPT, HEAD_SCRIPT } from '~/layouts/inline-scripts.ts';

describe('inline scripts of every page', () => {
  it('parse as classic scripts', () => {
    expect(() => new Function(HEAD_SCRIPT)).not.toThrow();
    expect(() => new Function(BODY_SCRIPT)).not.toThrow();
  });

  it('fit the 1.5 KB inline budget together, with room to spare', () => {
    const bytes = new TextEncoder().encode(HEAD_SCRIPT + BODY_SCRIPT).length;
    expect(bytes).toBeLessThanOrEqual(1500);
  });

  it('load no script by URL at page load: the only import is the search opener’s, on demand', () => {
    expect(HEAD_SCRIPT).not.toMatch(/import|createElement\(['"]script/);
    expect(BODY_SCRIPT.match(/import\(/g)).toHaveLength(1);
    expect(BODY_SCRIPT).toMatch(/o=\(\)=>\(p=p\|\|import\(s\.dataset\.search\)\)/);
  });
});
