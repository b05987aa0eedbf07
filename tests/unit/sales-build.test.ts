/**
 * One real `astro build` of a copy of the site with a broken scenario: the
 * build must fail and its message must name the file and the node.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

describe('astro build with a broken role-play scenario', () => {
  it('fails, naming the file and the node', () => {
    const root = resolve('.');
    const dir = mkdtempSync(join(tmpdir(), 'sales-broken-'));
    try {
      for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
        cpSync(join(root, f), join(dir, f), { recursive: true });
      }
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
      const file = join(dir, 'content/roleplay/brightwell-price.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('next: math\n', 'next: nowhere\n'));
      const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 110_000,
      });
      const out = `${run.stdout}\n${run.stderr}`;
      expect(run.status).not.toBe(0);
      expect(out).toContain('roleplay/brightwell-price.yaml');
      expect(out).toMatch(/node "costs": reply 1 leads to "nowhere", which is not a node/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
