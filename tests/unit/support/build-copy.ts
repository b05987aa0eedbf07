/**
 * Builds a small fixture site, to prove that bad content fails the build with
 * a useful message: the real configuration, schemas, components and content,
 * but only the page or two a check runs on (a full build per case would make
 * the unit tests rebuild the site five times). node_modules is linked, not copied.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const COPY = [
  'content',
  'public',
  'scripts',
  'astro.config.mjs',
  'svelte.config.js',
  'tsconfig.json',
  'package.json',
];

export interface BuildOutcome {
  ok: boolean;
  output: string;
}

export interface FixtureOptions {
  /** Files to change: path → contents, or null to delete. */
  changes: Record<string, string | null>;
  /**
   * Pages to keep, relative to src/pages (e.g. "quiz/index.astro"). With none, the site has one
   * empty page: enough for schema errors, which Astro reports while it syncs the collections.
   */
  pages?: string[];
}

/** Copies the site with only the given pages, applies `changes`, runs `astro build`. */
export function buildFixture({ changes, pages = [] }: FixtureOptions): BuildOutcome {
  const dir = mkdtempSync(join(tmpdir(), 'sxm-fixture-'));
  try {
    for (const item of COPY) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
    for (const entry of readdirSync(join(ROOT, 'src'))) {
      if (entry !== 'pages')
        cpSync(join(ROOT, 'src', entry), join(dir, 'src', entry), { recursive: true });
    }
    mkdirSync(join(dir, 'src/pages'), { recursive: true });
    if (pages.length === 0)
      writeFileSync(join(dir, 'src/pages/index.astro'), '<p>Fixture site.</p>\n');
    for (const page of pages) {
      mkdirSync(dirname(join(dir, 'src/pages', page)), { recursive: true });
      cpSync(join(ROOT, 'src/pages', page), join(dir, 'src/pages', page));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const [path, contents] of Object.entries(changes)) {
      if (contents === null) rmSync(join(dir, path), { force: true });
      else writeFileSync(join(dir, path), contents);
    }
    const res = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          ASTRO_CACHE_DIR: join(dir, '.cache'),
          FORCE_COLOR: '0',
          NO_COLOR: '1',
        },
        timeout: 180_000,
      },
    );
    return { ok: res.status === 0, output: `${res.stdout}\n${res.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
