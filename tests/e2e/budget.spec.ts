import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { BUDGET, LESSON_BUDGET, scriptsAtLoad, weighSite } from '../support/weigh';
import { basePath, buildDir } from '../support/site';

// These read the built files, so they run once per deployment, without a browser.

test('every page stays within the byte budget after gzip', async ({}, testInfo) => {
  const pages = weighSite(buildDir(testInfo), basePath(testInfo));
  expect(pages.length).toBeGreaterThanOrEqual(9);
  for (const page of pages) {
    expect(page.total, `${page.path} weighs ${page.total} bytes`).toBeLessThanOrEqual(BUDGET.total);
    expect(page.js, `${page.path} loads ${page.js} bytes of JavaScript`).toBeLessThanOrEqual(BUDGET.js);
  }
});

test('the build holds the whole deployable site: search index, sitemap, robots, manifest', async ({}, testInfo) => {
  const dir = buildDir(testInfo);
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

test('a lesson loads at most 3 KB of JavaScript after gzip, in at most two files', async ({}, testInfo) => {
  // What runs at load: the <script src> files, the modules they import statically, and the inline
  // scripts (JSON-LD is data, not code). What a lesson loads on first use (import(): the quiz's
  // grading, the reading aloud, the reading options, a practice exercise) is a later request and
  // not counted here; its size is checked below.
  const lessons = weighSite(buildDir(testInfo), basePath(testInfo)).filter((page) => /^\/khoa-hoc\/[^/]+\/[^/]+\/$/.test(page.path));
  expect(lessons.length).toBeGreaterThanOrEqual(30);
  for (const lesson of lessons) {
    expect(lesson.js, `${lesson.path} loads ${lesson.js} bytes of JavaScript`).toBeLessThanOrEqual(LESSON_BUDGET.js);
    expect(lesson.scripts, `${lesson.path} fetches ${lesson.scripts} script files at load`).toBeLessThanOrEqual(LESSON_BUDGET.scripts);
  }
});

test('the practice player loads on first use, only on pages with an exercise, in under 1 KB', async ({}, testInfo) => {
  const dir = buildDir(testInfo);
  const base = basePath(testInfo);
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.html') ? [path] : [];
    });
  // The module that defines the element (define('hvs-practice', class …)), not one that only looks for it.
  const isPlayer = (code: string) => /["'`]hvs-practice["'`],\s*class\b/.test(code);
  const players = readdirSync(join(dir, '_astro')).filter((name) => name.endsWith('.js') && isPlayer(readFileSync(join(dir, '_astro', name), 'utf8')));
  expect(players).toHaveLength(1);
  expect(gzipSync(readFileSync(join(dir, '_astro', players[0] ?? '')), { level: 9 }).length).toBeLessThan(1024);
  let withExercise = 0;
  for (const file of walk(dir)) {
    const html = readFileSync(file, 'utf8');
    const atLoad = scriptsAtLoad(html, dir, base).map((script) => readFileSync(script, 'utf8'));
    // No page fetches the player with itself; a page with an exercise can reach it by import().
    expect(atLoad.filter(isPlayer), file).toEqual([]);
    if (html.includes('<hvs-practice')) {
      withExercise += 1;
      expect(atLoad.some((code) => code.includes(`import(\`./${players[0]}\`)`) || code.includes(`import("./${players[0]}")`)), file).toBe(true);
    }
  }
  // Each exercise's page and the lesson it belongs to, as the content holds them.
  const exercises = readdirSync('content/practice').filter((name) => name.endsWith('.yaml'));
  const lessons = new Set(exercises.map((name) => (parse(readFileSync(join('content/practice', name), 'utf8')) as { lesson: string }).lesson));
  expect(exercises.length).toBeGreaterThan(0);
  expect(withExercise).toBe(exercises.length + lessons.size);
});

test('what loads on first use brings no stylesheet (the one-line preload helper in astro.config.mjs relies on it)', async ({}, testInfo) => {
  const dir = join(buildDir(testInfo), '_astro');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.js'))) {
    const code = readFileSync(join(dir, name), 'utf8');
    expect(code, name).not.toMatch(/import\(\s*[`"'][^`"']+\.css/);
    expect(code, name).not.toContain('__vite__mapDeps');
  }
});
