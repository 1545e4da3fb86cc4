import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
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
  for (const file of ['pagefind/tim-kiem.json', 'pagefind/tim-kiem.json.gz', 'sitemap-index.xml', '404.html', 'favicon.svg', 'og-image.png', 'icon-192.png', 'icon-512.png']) {
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

// README: the player is under 1 KB gzip.
test('the practice player loads only on pages with an exercise, in under 1 KB', async ({}, testInfo) => {
  const dir = outDir(testInfo.project.name);
  const base = basePath(testInfo);
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.html') ? [path] : [];
    });
  let withExercise = 0;
  for (const file of walk(dir)) {
    const html = readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => readFileSync(join(dir, (match[1] ?? '').slice(base.length))));
    const player = scripts.filter((script) => script.includes('hvs-practice'));
    if (html.includes('<hvs-practice')) {
      withExercise += 1;
      expect(player, file).toHaveLength(1);
      expect(gzipSync(player[0] ?? '', { level: 9 }).length, file).toBeLessThan(1024);
    } else {
      expect(player, file).toEqual([]);
    }
  }
  // Each exercise's page and the lesson it belongs to, as the content holds them.
  const exercises = readdirSync('content/practice').filter((name) => name.endsWith('.yaml'));
  const lessons = new Set(exercises.map((name) => (parse(readFileSync(join('content/practice', name), 'utf8')) as { lesson: string }).lesson));
  expect(exercises.length).toBeGreaterThan(0);
  expect(withExercise).toBe(exercises.length + lessons.size);
});
