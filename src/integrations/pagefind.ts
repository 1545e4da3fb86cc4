import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadVocabulary } from '../lib/content/vocabulary.ts';
import { routes } from '../lib/routes.ts';
import { buildIndex, readFragment } from '../lib/search/index-build.ts';
import { SEARCH_INDEX_FILE } from '../lib/search/facets.ts';

/**
 * Once Astro has written the pages, Pagefind reads them (honouring every
 * data-pagefind-* mark) and the site's own search index is built from what it
 * read (lib/search/index-build.ts), written twice into <outDir>/pagefind/:
 * gzip (what the search page fetches; the browser unpacks it, so it stays
 * small on any host) and plain JSON for browsers that cannot unpack.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'hvs:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const files = await index.getFiles();
        if (files.errors.length) throw new Error(`Pagefind could not give its files: ${files.errors.join('; ')}`);
        await pagefind.close();
        const fragments = files.files.filter((file) => /(^|\/)fragment\/[^/]+\.pf_fragment$/.test(file.path)).map((file) => readFragment(file.content));
        const json = JSON.stringify(buildIndex(fragments, loadVocabulary()));
        mkdirSync(join(site, routes.searchFiles), { recursive: true });
        writeFileSync(join(site, SEARCH_INDEX_FILE), json);
        const packed = gzipSync(json, { level: 9 });
        writeFileSync(join(site, `${SEARCH_INDEX_FILE}.gz`), packed);
        logger.info(`indexed ${fragments.length} pages; index ${Math.round(packed.length / 1024)} KB gzip`);
      },
    },
  };
}
