/**
 * The Content-Security-Policy, in one place. Scripts run only from this
 * origin or when they are one of the few inline scripts whose SHA-256 the
 * build computed; `'wasm-unsafe-eval'` is there for Pagefind's WebAssembly
 * search and nothing else. Styles keep `'unsafe-inline'` because widgets set
 * style attributes; no style can run code.
 */
import { createHash } from 'node:crypto';

/** `'sha256-…'` source expression for one inline script's text. */
export function scriptHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy as a header value (`meta: false`) or for a `<meta http-equiv>`
 * (`meta: true`: without `frame-ancestors`, which browsers ignore there).
 * @param {string[]} hashes `'sha256-…'` expressions for the inline scripts
 * @param {{ meta?: boolean }} [options]
 */
export function policy(hashes, { meta = false } = {}) {
  const directives = [
    ['default-src', "'self'"],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...[...new Set(hashes)].sort()].join(' ')],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ...(meta ? [] : [['frame-ancestors', "'none'"]]),
  ];
  return directives.map(([k, v]) => `${k} ${v}`).join('; ');
}
