// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import contentCheck from './src/integrations/content-check.ts';
import offlineFiles from './src/integrations/offline-files.ts';
import contentManager from './src/integrations/content-manager.ts';
import pagefind from './src/integrations/pagefind.ts';
import markdownBaseLinks from './src/lib/markdown/integration.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { href, UNLISTED } from './src/lib/routes.ts';
import { config } from './src/config.ts';
import trimContentManager from './src/integrations/trim-content-manager.ts';
import { loadWard } from './src/lib/content/ward.ts';
import { mediaDirs } from './src/lib/content/layout.ts';
import { CSP_DIRECTIVES, INLINE_SCRIPT_HASHES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp.ts';

/*
 * Deployment is set by environment variables, so one build command serves
 * every host (parsed and checked in src/config.ts):
 *   HVS_BASE     sub-path the site lives under, e.g. /binh-dan-hoc-vu-so/ (default /)
 *   HVS_SITE     origin of the deployed site (default: the ward portal's, from content/site/ward.yaml)
 *   HVS_OUT_DIR  output folder (default dist)
 *   HVS_CONTENT_DIR  content folder (default content; tests and benchmarks point it elsewhere)
 *   HVS_CMS_ORIGIN, HVS_CMS_ONLY  the content manager on an origin of its own (src/lib/cms/where.ts)
 */
const env = config();
const manager = env.manager;
// A manager-only build is served at its own origin's root; HVS_BASE and HVS_SITE still name the public site it edits.
const base = manager.kind === 'alone' ? '/' : env.base;
// Another content folder (test fixtures, the scale benchmark) gets a cache of its own:
// Astro's content cache keys entries by id, so a shared one would serve a lesson
// from a folder that no longer exists.
const contentDir = env.contentDir;
const cacheDir = env.contentDirGiven
  ? join(tmpdir(), 'hvs-astro-cache', createHash('sha1').update(resolve(contentDir)).digest('hex').slice(0, 12))
  : undefined;
const site = manager.kind === 'alone' ? manager.origin : (env.site ?? loadWard().portalUrl);
const media = mediaDirs().map((folder) => resolve(folder));
const wardMediaRoot = media[0] ?? '';
const mediaRoot = media[1] ?? '';
/** How Vite's import.meta.glob names a file of that folder: from the project root. */
const globKeyPrefix = (/** @type {string} */ folder) => {
  const fromRoot = relative(process.cwd(), folder).split(sep).join('/');
  return fromRoot.startsWith('..') ? `${fromRoot}/` : `/${fromRoot}/`;
};

/** The browser modules of the "site" chunk (see build.rolldownOptions below). */
const sharedBrowserCode = (/** @type {string} */ id) =>
  /[\\/]src[\\/]browser[\\/](?!warm-up|checks)/.test(id) || /[\\/]src[\\/]components[\\/]layout[\\/]SiteHeader\.ts$/.test(id) || /[\\/]src[\\/]lib[\\/](progress|storage|day)\.ts$/.test(id);

/**
 * Vite wraps every dynamic import in its preload helper (about 1 KB after gzip, in the chunk every
 * page loads), which fetches the imported chunk's own imports in parallel and its stylesheets. Our
 * lazily loaded chunks bring no stylesheet (tests/e2e/budget.spec.ts checks), and their imports load
 * with them anyway, so a one-line helper does the same job and a lesson's JavaScript stays small.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
function plainPreloadHelper() {
  return {
    name: 'hvs:plain-preload-helper',
    enforce: 'pre',
    resolveId: (/** @type {string} */ id) => (id === PRELOAD_HELPER ? PRELOAD_HELPER : undefined),
    load: (/** @type {string} */ id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

/** Drops the lists of files to preload, which that helper never reads (Vite adds them as the files are written). */
function noPreloadLists() {
  return {
    name: 'hvs:no-preload-lists',
    writeBundle(/** @type {{ dir?: string }} */ options, /** @type {Record<string, { type: string }>} */ bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        const file = options.dir && chunk.type === 'chunk' ? join(options.dir, name) : '';
        const code = file && existsSync(file) ? readFileSync(file, 'utf8') : '';
        if (!code.startsWith('const __vite__mapDeps=')) continue;
        writeFileSync(file, code.replace(/^const __vite__mapDeps=.*\n/, '').replace(/__vite__mapDeps\(\[[\d,]*\]\)/g, '[]'));
      }
    },
  };
}

/**
 * The bundler says, once per lesson, that it drops the "use astro:head-inject" line
 * @astrojs/mdx writes at the top of each compiled lesson: Astro's own marker, read
 * before bundling, so dropping it is expected. Forty such warnings would bury one that matters.
 * @type {import('vite').Rolldown.InputOptions['onLog']}
 */
const quietDirectives = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
  handler(level, log);
};

export default defineConfig({
  site,
  base,
  outDir: env.outDir,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // `npm run dev` is the editors' preview (and where the content manager runs locally):
  // Astro's developer toolbar would only cover the page.
  devToolbar: { enabled: false },
  build: { format: 'directory' },
  // Lessons hold no program code, and Shiki's colours are inline styles the site's
  // Content-Security-Policy blocks: a code block an editor writes shows as plain text.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: INLINE_SCRIPT_HASHES },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  integrations: [
    // First, so broken content stops the build before Astro reads it.
    contentCheck(contentDir),
    mdx(),
    // Root-relative links in Markdown and MDX bodies ("/khoa-hoc/…") get the base.
    markdownBaseLinks(base),
    sitemap({ filter: (page) => !UNLISTED.some((path) => new URL(page).pathname === href(path, base)) }),
    pagefind(),
    contentManager(manager),
    securityHeaders(base),
    offlineFiles(),
  ],
  vite: {
    plugins: [tailwindcss(), trimContentManager(), plainPreloadHelper(), noPreloadLists()],
    // In `npm run dev` too the manager goes through the trims (src/integrations/trim-content-manager.ts; the dependency
    // optimiser would skip plugins), so the local mode never asks another origin.
    optimizeDeps: { exclude: ['@sveltia/cms'] },
    // Pictures named in MDX are looked up in the content folder the build reads
    // (components/lesson/media.ts); Vite names the files it finds from the project root.
    // The ward's own pictures (content/wards/<ward>/media/) are looked up before the shared ones.
    resolve: { alias: { '@content-media': mediaRoot, '@ward-media': wardMediaRoot } },
    define: {
      'import.meta.env.HVS_MEDIA_KEY_PREFIX': JSON.stringify(globKeyPrefix(mediaRoot)),
      'import.meta.env.HVS_WARD_MEDIA_KEY_PREFIX': JSON.stringify(globKeyPrefix(wardMediaRoot)),
    },
    // Scripts stay external files, cached once for every page; an inlined script
    // loses the runtime import of Pagefind's bundle (its preload placeholder is
    // never filled), and we have no chunks worth preloading.
    build: {
      modulePreload: false,
      assetsInlineLimit: 0,
      // Only the content manager's chunks (Sveltia CMS, about 2 MB, for editors) come near this; the public
      // pages' scripts are held to kilobytes by tests/e2e/budget.spec.ts, so the bundler's 500 kB note would only ever name them.
      chunkSizeWarningLimit: 4096,
      // The code every page shares goes into one chunk ("site"): the site's script, the elements'
      // base and the learner's stored progress. A lesson then loads two files, its own and this one,
      // instead of one chunk per set of pages that share a module (tests/e2e/budget.spec.ts).
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'site', test: sharedBrowserCode }] } },
        onLog: quietDirectives,
      },
    },
  },
});
