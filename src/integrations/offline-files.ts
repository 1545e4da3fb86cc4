import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILT_FILES_PLACEHOLDER } from '../lib/offline.ts';
import { routes } from '../lib/routes.ts';

/** Left to the network by the worker, or not for browsers at all. */
const topFolder = (path: string) => path.split('/')[0] ?? '';
const SKIPPED = new Set([topFolder(routes.searchFiles), topFolder(routes.manager), '_headers', 'nginx-security-headers.conf', routes.serviceWorker]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * Paths of the files a build published, relative to its base, as the worker
 * stores them: a folder's index.html under the folder's address (routes.courses).
 */
export function builtFiles(out: string): string[] {
  return files(out)
    .map((file) => relative(out, file).split(sep).join('/'))
    .filter((path) => !SKIPPED.has(topFolder(path)))
    .map((path) => (path === 'index.html' ? '' : path.replace(/\/index\.html$/, '/')))
    .sort();
}

/**
 * Writes the build's file list into sw.js once every file exists (pictures are
 * made after the pages), so that a new worker deletes, when it takes over,
 * what an older build stored and this one no longer publishes.
 */
export default function offlineFiles(): AstroIntegration {
  return {
    name: 'hvs:offline-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const worker = join(out, routes.serviceWorker);
        // A manager-only build (HVS_CMS_ONLY) publishes no public pages and no worker.
        if (!existsSync(worker)) return;
        const source = readFileSync(worker, 'utf8');
        if (!source.includes(BUILT_FILES_PLACEHOLDER)) throw new Error(`${worker}: the file list's placeholder is missing`);
        const list = builtFiles(out);
        writeFileSync(worker, source.replace(BUILT_FILES_PLACEHOLDER, JSON.stringify(list)));
        logger.info(`${list.length} files listed in sw.js`);
      },
    },
  };
}
