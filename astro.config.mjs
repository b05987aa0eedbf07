// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { PLACEHOLDER_SITE } from './scripts/site-url.mjs';

/** Modules every island page loads; see `codeSplitting` below. */
const CORE_MODULES =
  /node_modules[\\/](svelte|clsx|esm-env|@astrojs[\\/]svelte)[\\/]|src[\\/]components[\\/]ui[\\/](island|browser|widget-state|widget-content|Notice)\b|src[\\/]lib[\\/]url-state[\\/]/;

// SITE_URL is the address the site is deployed at: canonical links, the
// sitemap and robots.txt use it. Without it the build still works, but it
// must not print someone else's address: the sitemap is written against a
// placeholder that scripts/postbuild.mjs turns into path-only entries, and
// BaseLayout leaves out canonical links.
const siteUrl = process.env.SITE_URL?.trim() || '';

export default defineConfig({
  site: siteUrl || PLACEHOLDER_SITE,
  // Tests that build a throwaway copy of the site keep their caches to themselves.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [mdx(), svelte(), sitemap()],
  devToolbar: { enabled: false },
  // Component styles go to cacheable files instead of every page's HTML.
  build: { inlineStylesheets: 'never' },
  // Scoped styles as classes: shorter markup than one data attribute per element.
  scopedStyleStrategy: 'class',
  server: { port: 4321, host: '127.0.0.1' },
  vite: {
    define: { 'import.meta.env.SITE_URL_SET': JSON.stringify(Boolean(siteUrl)) },
    build: {
      rolldownOptions: {
        output: {
          // Every island needs the Svelte runtime, Astro's Svelte renderer and the shared
          // widget primitives (island marker, state, notices, URL state). Left to itself the
          // bundler cuts them into a dozen small files by which islands import them; one file
          // compresses better and costs one request: 0.8 to 2.2 KB less gzipped JS on every
          // island page (chapters, tools, quizzes, workshop), 2 KB more on the three progress
          // pages that use no URL state.
          codeSplitting: { groups: [{ name: 'core', test: CORE_MODULES }] },
        },
      },
    },
  },
});
