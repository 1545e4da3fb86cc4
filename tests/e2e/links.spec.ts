import { expect, test, type TestInfo } from '@playwright/test';
import { config } from '../../src/config';
import { loadWard } from '../../src/lib/content/ward';
import {
  buildFiles,
  crawlFiles,
  crawlPages,
  readCss,
  readIcs,
  readManifest,
  readRobots,
  readServiceWorker,
  readXml,
  type Report,
  type Site,
} from '../support/crawl';
import { basePath, buildDir } from '../support/site';

/*
 * A full link check of each build, read from disk (no browser): the sub-path
 * build must not name a single URL outside /binh-dan-hoc-vu-so/, and neither
 * build a file it does not hold. The project names the build: "root" checks
 * dist/, "subpath" dist-subpath/ (both built by `npm test` before Playwright runs).
 */
function siteOf(testInfo: TestInfo): Site {
  const { portalUrl } = loadWard();
  return {
    dir: buildDir(testInfo),
    // The origin the build was made for (astro.config.mjs's `site`).
    origin: new URL(config().site ?? portalUrl).origin,
    base: basePath(testInfo),
    // The footer and the news publisher name the ward portal, which hosts the site.
    allowed: [portalUrl],
  };
}

/** Fails with one line per bad URL, and makes sure something was checked. */
function expectClean(report: Report, atLeast: number) {
  const shown = report.problems.slice(0, 60);
  const more = report.problems.length > shown.length ? `\n… and ${report.problems.length - shown.length} more` : '';
  expect(report.problems, `${report.problems.length} URL(s) leave the base or lead nowhere:\n${shown.join('\n')}${more}`).toEqual([]);
  expect(report.checked).toBeGreaterThanOrEqual(atLeast);
}

test('every link, picture, script, form, canonical and Open Graph URL of every page stays under the base and names a file', ({}, testInfo) => {
  const site = siteOf(testInfo);
  const files = buildFiles(site.dir);
  const pages = files.filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(150);
  const report = crawlPages(site, files);
  expectClean(report, pages.length * 20);
  // Links to other sites are collected, not fetched: government services, the ward's pages.
  testInfo.annotations.push({ type: 'external URLs', description: String(report.external.size) });
});

test('the sitemaps, the news feed and robots.txt name pages of this build', ({}, testInfo) => {
  const site = siteOf(testInfo);
  const files = buildFiles(site.dir);
  const xml = files.filter((file) => /^sitemap-.*\.xml$/.test(file) || file === 'tin-tuc/rss.xml');
  expect(xml).toContain('sitemap-index.xml');
  expect(xml).toContain('tin-tuc/rss.xml');
  expectClean(crawlFiles(site, xml, readXml), 150);
  expectClean(crawlFiles(site, ['robots.txt'], readRobots), 1);
});

test('every calendar file names pages of this build', ({}, testInfo) => {
  const site = siteOf(testInfo);
  const calendars = buildFiles(site.dir).filter((file) => file.endsWith('.ics'));
  expect(calendars.length).toBeGreaterThan(1);
  // Each event's own file and the all-classes file name the event's page.
  expectClean(crawlFiles(site, calendars, readIcs), calendars.length);
});

test("the service worker's lists, the manifest and the stylesheets name files of this build", ({}, testInfo) => {
  const site = siteOf(testInfo);
  const files = buildFiles(site.dir);
  // A path in the worker ending in "/" may be a prefix it matches (a folder).
  expectClean(crawlFiles(site, ['sw.js'], readServiceWorker, { folders: true }), 2);
  expectClean(crawlFiles(site, ['manifest.webmanifest'], readManifest), 3);
  // The stylesheets hold no url() today (no web fonts, no pictures); any they gain must name a file of this build.
  const stylesheets = files.filter((file) => file.endsWith('.css'));
  expect(stylesheets.length).toBeGreaterThan(0);
  expectClean(crawlFiles(site, stylesheets, readCss), 0);
});
