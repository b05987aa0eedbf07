/**
 * The address a build without SITE_URL is written against. It is never
 * shipped: scripts/postbuild.mjs strips it from the sitemap, and pages print
 * no canonical link in such a build. `.invalid` can never resolve (RFC 2606).
 */
export const PLACEHOLDER_SITE = 'https://site-url-not-set.invalid';
