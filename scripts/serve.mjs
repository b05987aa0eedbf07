#!/usr/bin/env node
/**
 * A small static server for dist/ that sends the headers in dist/_headers, as
 * Netlify or Cloudflare Pages would (`astro preview` does not read that file).
 * Used by the CSP and update e2e specs; also handy to try the policy by hand:
 *   node scripts/serve.mjs [dir] [port]
 * Understands the subset of the format the site uses: a path pattern line
 * (`/*`, `/_astro/*`, `/sw.js`) followed by indented `Name: value` lines.
 */
import { createServer } from 'node:http';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/** @returns {{ pattern: string, headers: [string, string][] }[]} */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, path) {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return path === pattern;
}

/** Starts the server; resolves to its origin (port 0 picks a free port). */
export function serve(dir = 'dist', port = 0, host = '127.0.0.1') {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.includes('..')) return void res.writeHead(400).end();
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(dir, '404.html');
    const rulesFile = join(dir, '_headers');
    const rules = existsSync(rulesFile) ? parseHeadersFile(readFileSync(rulesFile, 'utf8')) : [];
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    for (const r of rules)
      if (matches(r.pattern, path)) for (const [k, v] of r.headers) headers[k] = v;
    res.writeHead(found ? 200 : 404, headers).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(port, host, () => {
      const a = server.address();
      resolve({
        origin: `http://${host}:${a.port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { origin } = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4321));
  console.log(`Serving ${process.argv[2] ?? 'dist'} with its _headers at ${origin}`);
}
