import { readFileSync } from 'node:fs';
import { expect, type Page, type Response, type TestInfo } from '@playwright/test';

/**
 * A port for a server a test starts itself, distinct per project and per
 * `slot`, above the two the suite's own servers use (playwright.config.ts).
 */
export function sparePort(testInfo: TestInfo, slot = 0): number {
  const first = Number(new URL(String(testInfo.project.use.baseURL)).port);
  const rootPort = testInfo.project.name === 'subpath' ? first - 1 : first;
  return rootPort + 10 + slot * 2 + (testInfo.project.name === 'subpath' ? 1 : 0);
}

/** The base path of the deployment under test: "/" or "/binh-dan-hoc-vu-so/". */
export function basePath(testInfo: TestInfo): string {
  return new URL(String(testInfo.project.use.baseURL)).pathname;
}

/** The folder the deployment under test was built into (package.json build, build:subpath). */
export function buildDir(testInfo: TestInfo): string {
  return testInfo.project.name === 'subpath' ? 'dist-subpath' : 'dist';
}

/** Site paths of every page in the sitemap, relative to the base ("", "khoa-hoc/"). */
export async function sitemapPaths(page: Page, testInfo: TestInfo): Promise<string[]> {
  const base = basePath(testInfo);
  const index = await (await page.request.get('sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    expect(sitemap.startsWith(base), `${sitemap} should be under ${base}`).toBe(true);
    const xml = await (await page.request.get(sitemap.slice(base.length))).text();
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const pathname = new URL(match[1] ?? '').pathname;
      expect(pathname.startsWith(base), `${pathname} should be under ${base}`).toBe(true);
      paths.push(pathname.slice(base.length));
    }
  }
  return paths;
}

/**
 * Records what must never happen on a page: console errors, uncaught
 * exceptions, requests that leave the site's origin or its base path, and
 * same-origin responses of 400 or more (a missing picture or script). Only
 * a page opened as `missing` may answer 404, and only its own navigation.
 * `site` replaces the project's origin and base.
 */
export function watchPage(page: Page, testInfo: TestInfo, { missing = false, site }: { missing?: boolean; site?: { origin: string; base: string } } = {}) {
  const problems: string[] = [];
  // A test of several sites (tests/e2e/wards.spec.ts) names the one it watches.
  const origin = site?.origin ?? new URL(String(testInfo.project.use.baseURL)).origin;
  const base = site?.base ?? basePath(testInfo);
  const expected = (response: Response) =>
    missing && response.status() === 404 && response.request().isNavigationRequest() && response.frame() === page.mainFrame();
  const expectedUrls = new Set<string>();
  page.on('response', (response) => {
    if (new URL(response.url()).origin !== origin || response.status() < 400) return;
    if (expected(response)) expectedUrls.add(response.url());
    else problems.push(`response ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The browser logs the expected 404 of the page itself as an error; any other is reported above or here.
    if (/status of 404/.test(message.text()) && expectedUrls.has(message.location().url)) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs are made in the page (the content manager previews uploads as blob:).
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) problems.push(`request to another origin: ${url.href}`);
    else if (!url.pathname.startsWith(base)) problems.push(`request outside the base path: ${url.pathname}`);
  });
  return problems;
}

/**
 * Site paths of a build's sitemap (the root build's by default), read from
 * disk so that each page can be its own test; both builds hold the same pages.
 */
export function builtPaths(dir = 'dist', base = '/'): string[] {
  const xml = readFileSync(`${dir}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname.slice(base.length));
}

/** Sections whose every page an editor writes (a lesson, a course, a path, a news item, an event, an exercise). */
const EDITOR_SECTIONS = new Set(['khoa-hoc', 'lo-trinh', 'tin-tuc', 'lich-hoc', 'thuc-hanh']);

/**
 * The pages the root build checks in full: every page an editor writes, and
 * one page of each generated kind (a poster per lesson, a page per plan task,
 * news by topic or year share their template and data shape).
 */
export function checkedPaths(paths: string[]): string[] {
  const representative = representativePaths(paths);
  return paths.filter((path) => {
    const segments = path.split('/').filter(Boolean);
    const editorWritten = EDITOR_SECTIONS.has(segments[0] ?? '') && segments.length <= 3 && !(segments[0] === 'tin-tuc' && segments.length === 3);
    return editorWritten || representative.has(path);
  });
}

/**
 * One page of each kind (same section, same depth): the sub-path build, which
 * differs only in its base, checks these; the root build checks every page.
 */
export function representativePaths(paths: string[]): Set<string> {
  const seen = new Set<string>();
  const chosen = new Set<string>();
  for (const path of paths) {
    const segments = path.split('/').filter(Boolean);
    const key = `${segments.slice(0, segments.length >= 3 ? 2 : 1).join('/')}|${segments.length}`;
    if (!seen.has(key)) chosen.add(path);
    seen.add(key);
  }
  return chosen;
}
