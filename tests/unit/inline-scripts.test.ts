import { describe, expect, it } from 'vitest';
import { BODY_SCRIPT, HEAD_SCRIPT } from '~/layouts/inline-scripts.ts';

describe('inline scripts of every page', () => {
  it('parse as classic scripts', () => {
    expect(() => new Function(HEAD_SCRIPT)).not.toThrow();
    expect(() => new Function(BODY_SCRIPT)).not.toThrow();
  });

  it('are minified from their TypeScript sources (no comments, no types)', () => {
    expect(HEAD_SCRIPT).not.toMatch(/\/\*|\/\/ |: string/);
    expect(BODY_SCRIPT).not.toMatch(/\/\*|\/\/ |: string|HTMLElement>/);
  });

  it('fit the 2.5 KB inline budget together', () => {
    const bytes = new TextEncoder().encode(HEAD_SCRIPT + BODY_SCRIPT).length;
    expect(bytes).toBeLessThanOrEqual(2560);
  });

  it('load no script by URL at page load: the only import is the search opener’s, on demand', () => {
    expect(HEAD_SCRIPT).not.toMatch(/import|createElement\(['"]script/);
    expect(BODY_SCRIPT.match(/import\(/g)).toHaveLength(1);
    expect(BODY_SCRIPT).toMatch(/import\(\w+\.dataset\.search\)/);
  });

  it('register the service worker only where the page names one (never in astro dev)', () => {
    expect(BODY_SCRIPT).toMatch(/dataset\.sw/);
    expect(BODY_SCRIPT).toMatch(/\.register\(/);
  });
});
