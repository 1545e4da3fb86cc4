import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkContent } from '../../src/lib/content/validate.ts';

/*
 * The content check decides whether a link an editor writes leads somewhere
 * from siteRoutes() (src/lib/routes.ts), before anything is built. Held to a
 * real build here, so that list can neither miss a page (a false alarm for the
 * editor) nor name one that is not built (a link that leads nowhere).
 */
const outDir = (name: string) => (name === 'subpath' ? 'dist-subpath' : 'dist');

function builtPages(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) return ['_astro', 'pagefind'].includes(path) ? [] : builtPages(dir, `${path}/`);
    return entry.name === 'index.html' ? [prefix] : [];
  });
}

test('every page the build writes is a route the content check knows, and every route is built', async ({}, testInfo) => {
  const dir = outDir(testInfo.project.name);
  const { routes } = await checkContent('content');
  const pages = builtPages(dir);
  expect(pages.length).toBeGreaterThan(100);
  expect(pages.filter((page) => !routes.has(page))).toEqual([]);
  expect([...routes].filter((route) => !existsSync(join(dir, route.endsWith('/') || route === '' ? join(route, 'index.html') : route)))).toEqual([]);
});
