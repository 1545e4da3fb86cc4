// @ts-check
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { loadWard } from './src/lib/content/ward.ts';
import { CSP_DIRECTIVES, INLINE_SCRIPT_HASHES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp.ts';

/*
 * Deployment is set by environment variables, so one build command serves
 * every host:
 *   HVS_BASE     sub-path the site lives under, e.g. /binh-dan-hoc-vu-so/ (default /)
 *   HVS_SITE     origin of the deployed site (default: the ward portal's, from content/site/ward.yaml)
 *   HVS_OUT_DIR  output folder (default dist)
 *   HVS_CONTENT_DIR  content folder (default content; tests and benchmarks point it elsewhere)
 */
const base = process.env.HVS_BASE ?? '/';
// Another content folder (test fixtures, the scale benchmark) gets a cache of its own:
// Astro's content cache keys entries by id, so a shared one would serve a lesson
// from a folder that no longer exists.
const contentDir = process.env.HVS_CONTENT_DIR;
const cacheDir = contentDir
  ? join(tmpdir(), 'hvs-astro-cache', createHash('sha1').update(resolve(contentDir)).digest('hex').slice(0, 12))
  : undefined;
const site = process.env.HVS_SITE ?? loadWard().portalUrl;

export default defineConfig({
  site,
  base,
  outDir: process.env.HVS_OUT_DIR ?? 'dist',
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: INLINE_SCRIPT_HASHES },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/(404|ngoai-tuyen)\/?$/.test(page) }),
    pagefind(),
    securityHeaders(base),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay external files, cached once for every page; an inlined script
    // loses the runtime import of Pagefind's bundle (its preload placeholder is
    // never filled), and we have no chunks worth preloading.
    build: { modulePreload: false, assetsInlineLimit: 0 },
  },
});
