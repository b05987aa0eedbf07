/**
 * Builds a throwaway copy of the site with one file changed, to prove that bad
 * content fails the build with a useful message. node_modules is linked, not copied.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const COPY = ['src', 'content', 'public', 'astro.config.mjs', 'svelte.config.js', 'tsconfig.json', 'package.json'];

export interface BuildOutcome {
  ok: boolean;
  output: string;
}

/** Copies the site, applies `changes` (path → contents, or null to delete), runs `astro build`. */
export function buildWithChanges(changes: Record<string, string | null>): BuildOutcome {
  const dir = mkdtempSync(join(tmpdir(), 'sxm-build-'));
  try {
    for (const item of COPY) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const [path, contents] of Object.entries(changes)) {
      if (contents === null) rmSync(join(dir, path), { force: true });
      else writeFileSync(join(dir, path), contents);
    }
    const res = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_CACHE_DIR: join(dir, '.cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 180_000,
    });
    return { ok: res.status === 0, output: `${res.stdout}\n${res.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
