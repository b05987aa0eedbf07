// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';

// SITE_URL lets a deployment print its own absolute URLs into the sitemap;
// locally the sitemap points at the preview server, so tests can follow it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
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
});
