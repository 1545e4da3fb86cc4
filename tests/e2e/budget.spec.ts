import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BUDGET, weighSite } from '../../scripts/weigh';
import { basePath } from '../support/site';

// These read the built files, so they run once per deployment, without a browser.
const outDir = (project: string) => (project === 'subpath' ? 'dist-subpath' : 'dist');

test('every page stays within the byte budget after gzip', async ({}, testInfo) => {
  const pages = weighSite(outDir(testInfo.project.name), basePath(testInfo));
  expect(pages.length).toBeGreaterThanOrEqual(9);
  for (const page of pages) {
    expect(page.total, `${page.path} weighs ${page.total} bytes`).toBeLessThanOrEqual(BUDGET.total);
    expect(page.js, `${page.path} loads ${page.js} bytes of JavaScript`).toBeLessThanOrEqual(BUDGET.js);
  }
});

test('the build holds the whole deployable site: search index, sitemap, robots, manifest', async ({}, testInfo) => {
  const dir = outDir(testInfo.project.name);
  const base = basePath(testInfo);
  for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'sitemap-index.xml', '404.html', 'favicon.svg', 'og-image.png', 'icon-192.png', 'icon-512.png']) {
    expect(existsSync(`${dir}/${file}`), file).toBe(true);
  }
  expect(readFileSync(`${dir}/robots.txt`, 'utf8')).toMatch(new RegExp(`Sitemap: https://[^\\s]+${base}sitemap-index\\.xml`));
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.webmanifest`, 'utf8')) as { lang: string; start_url: string; name: string };
  expect(manifest.lang).toBe('vi');
  expect(manifest.start_url).toBe('./');
  expect(manifest.name).toContain('Phường An Bình');
  // No root-absolute link may escape the base path.
  const home = readFileSync(`${dir}/index.html`, 'utf8');
  const hrefs = [...home.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1] ?? '');
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((href) => !href.startsWith(base))).toEqual([]);
});
