import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkContent } from '../../src/lib/content/validate.ts';
import { href, routes, UNLISTED } from '../../src/lib/routes.ts';
import { buildDir } from '../support/site';

/*
 * The content check decides whether a link an editor writes leads somewhere
 * from siteRoutes() (src/lib/routes.ts), before anything is built. Held to a
 * real build here, so that list can neither miss a page (a false alarm for the
 * editor) nor name one that is not built (a link that leads nowhere).
 */

function builtPages(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) return ['_astro', 'pagefind'].includes(path) ? [] : builtPages(dir, `${path}/`);
    return entry.name === 'index.html' ? [prefix] : [];
  });
}

test('every page the build writes is a route the content check knows, and every route is built', async ({}, testInfo) => {
  const dir = buildDir(testInfo);
  const { routes } = await checkContent('content');
  const pages = builtPages(dir);
  expect(pages.length).toBeGreaterThan(100);
  expect(pages.filter((page) => !routes.has(page))).toEqual([]);
  expect([...routes].filter((route) => !existsSync(join(dir, route.endsWith('/') || route === '' ? join(route, 'index.html') : route)))).toEqual([]);
});

/** Where a name of routes.ts sits in the build's folder. */
const onDisk = (dir: string, path: string) => join(dir, path === routes.notFound ? '404.html' : path.endsWith('/') || path === '' ? join(path, 'index.html') : path);

test('every name in lib/routes.ts is a file or page of this build', async ({}, testInfo) => {
  const dir = buildDir(testInfo);
  const { files } = await checkContent('content');
  const first = (kind: string) => files.find((file) => file.kind.name === kind)?.slug ?? '';
  const named = Object.entries(routes).flatMap(([name, value]): [string, string][] => (typeof value === 'string' ? [[name, value]] : []));
  const folders = new Set<string>([routes.searchFiles, routes.builtFiles]);
  const missing = named.filter(([, path]) => (folders.has(path) ? !existsSync(join(dir, path)) : !existsSync(onDisk(dir, path))));
  expect(missing).toEqual([]);
  // Named by a function: one of each, with a real id.
  const course = first('course');
  const examples = [
    routes.course(course),
    routes.booklet(course),
    routes.lesson(first('lesson')),
    routes.lessonPoster(first('lesson')),
    routes.path(first('path')),
    routes.exercise(first('practice')),
    routes.newsItem(first('news')),
    routes.newsShareImage(first('news')),
    routes.event(first('event')),
    routes.eventCalendar(first('event')),
    routes.certificateOf(course).split('?')[0] ?? '',
  ];
  expect(examples.filter((path) => !existsSync(onDisk(dir, path)))).toEqual([]);
});

test('the sitemap lists every page but the not-found, offline and manager pages', async ({}, testInfo) => {
  const dir = buildDir(testInfo);
  const base = new URL(testInfo.project.use.baseURL ?? 'http://localhost/').pathname;
  const listed = new Set([...readFileSync(join(dir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname));
  const pages = builtPages(dir).map((page) => href(page, base));
  expect(listed.size).toBeGreaterThan(100);
  expect(pages.filter((page) => !listed.has(page)).sort()).toEqual(UNLISTED.filter((path) => path !== routes.notFound).map((path) => href(path, base)).sort());
  for (const path of UNLISTED) expect(listed.has(href(path, base))).toBe(false);
});
