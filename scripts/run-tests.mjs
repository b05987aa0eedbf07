#!/usr/bin/env node
/**
 * `npm test`: every check in order, the site built once, and how long each
 * phase took. Stops at the first phase that fails (later phases would only
 * repeat its failure), and prints the timings either way.
 *
 *   node scripts/run-tests.mjs            all phases
 *   node scripts/run-tests.mjs unit e2e   only the named phases (the build runs when e2e or html need it)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** @type {{ name: string, what: string, cmd: string[] }[]} */
const PHASES = [
  { name: 'check', what: 'astro check and svelte-check', cmd: ['npm', 'run', '-s', 'check'] },
  { name: 'lint', what: 'ESLint, 0 warnings', cmd: ['npx', 'eslint', '.', '--max-warnings', '0'] },
  { name: 'knip', what: 'unused files, exports and dependencies', cmd: ['npx', 'knip'] },
  {
    name: 'build',
    what: 'astro build, search index, service worker',
    cmd: ['npm', 'run', '-s', 'build'],
  },
  {
    name: 'html',
    what: 'html-validate over every built page',
    cmd: ['npx', 'html-validate', 'dist/**/*.html'],
  },
  {
    name: 'unit',
    what: 'Vitest (unit, content and build-fixture tests)',
    cmd: ['npx', 'vitest', 'run'],
  },
  {
    name: 'e2e',
    what: 'Playwright in Chromium against the built site',
    cmd: ['npx', 'playwright', 'test'],
  },
];

const wanted = process.argv.slice(2);
for (const w of wanted) {
  if (!PHASES.some((p) => p.name === w)) {
    console.error(`Unknown phase "${w}". Phases: ${PHASES.map((p) => p.name).join(', ')}.`);
    process.exit(2);
  }
}
const needsBuild =
  wanted.some((w) => w === 'e2e' || w === 'html') &&
  !wanted.includes('build') &&
  !existsSync('dist/index.html');
const run = PHASES.filter(
  (p) => wanted.length === 0 || wanted.includes(p.name) || (p.name === 'build' && needsBuild),
);

/** @type {{ name: string, seconds: number, ok: boolean }[]} */
const times = [];
const started = Date.now();
let failed = null;
for (const phase of run) {
  console.log(`\n==> ${phase.name}: ${phase.what}`);
  const t0 = Date.now();
  const res = spawnSync(phase.cmd[0], phase.cmd.slice(1), { stdio: 'inherit', env: process.env });
  const ok = res.status === 0;
  times.push({ name: phase.name, seconds: (Date.now() - t0) / 1000, ok });
  if (!ok) {
    failed = phase.name;
    break;
  }
}

const pad = Math.max(...times.map((t) => t.name.length));
console.log('\nnpm test, time per phase:');
for (const t of times)
  console.log(
    `  ${t.name.padEnd(pad)}  ${t.seconds.toFixed(1).padStart(6)} s  ${t.ok ? 'ok' : 'FAILED'}`,
  );
console.log(
  `  ${'total'.padEnd(pad)}  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`,
);
if (failed) {
  console.error(`\nThe ${failed} phase failed.`);
  process.exit(1);
}
