import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { basePath, buildDir, sparePort, watchPage } from '../support/site';
import { filesCache, moduleImports, pagesCache } from '../../src/lib/offline';
import { controlled, missingImports, playVideo, storedIn as storedInCache, VIDEO_COURSE, VIDEO_LESSON } from '../support/offline';

const COURSE = 'cham-soc-suc-khoe-truc-tuyen';
const LESSON = `khoa-hoc/${COURSE}/dat-lich-kham-benh-truc-tuyen/`;
const UNVISITED = 'khoa-hoc/an-toan-tren-mang/bao-ve-du-lieu-ca-nhan/';
const OFFLINE_TITLE = 'Bạn đang không có mạng';

/** The deployment's base at the start of a page's path (caches are named by it, lib/offline.ts). */
const BASE_PATTERN = /^\/(binh-dan-hoc-vu-so\/)?/;

/** The name of this deployment's cache of that kind (lib/offline.ts names caches by base). */
function cacheOf(page: Page, kind: 'pages' | 'files'): string {
  const base = new URL(page.url()).pathname.match(BASE_PATTERN)?.[0] ?? '/';
  return kind === 'pages' ? pagesCache(base) : filesCache(base);
}

/** Addresses stored in one of the worker's caches, read from the page. */
function storedIn(page: Page, kind: 'pages' | 'files'): Promise<string[]> {
  return storedInCache(page, cacheOf(page, kind));
}

/**
 * A copy of this deployment on a server of its own, so a test can "deploy" a
 * new build by changing the copy; `change` edits the copy before it is served.
 */
async function serveCopy(testInfo: TestInfo, slot: number, change?: (dir: string) => void) {
  const base = basePath(testInfo);
  const dir = mkdtempSync(join(tmpdir(), 'hvs-offline-'));
  cpSync(buildDir(testInfo), dir, { recursive: true });
  change?.(dir);
  const port = sparePort(testInfo, slot);
  const server = spawn(process.execPath, ['tests/support/serve.ts', dir, String(port), base], { stdio: 'ignore' });
  const root = `http://localhost:${port}${base}`;
  await expect.poll(async () => (await fetch(root).catch(() => null))?.status, { timeout: 10_000 }).toBe(200);
  return {
    dir,
    url: (path: string) => `${root}${path}`,
    close: () => {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What a next build's worker looks like to the browser: different bytes. */
function nextWorker(dir: string, edit: (source: string) => string = (source) => source) {
  writeFileSync(join(dir, 'sw.js'), `${edit(readFileSync(join(dir, 'sw.js'), 'utf8'))}\n// next build\n`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

// What these tests check is the offline worker (blocked elsewhere, playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('every module a built script loads is a file this build published', ({}, testInfo) => {
  // The worker follows these names to store what a page's scripts load (lib/offline.ts moduleImports).
  const dir = join(buildDir(testInfo), '_astro');
  const origin = 'https://phuong.vn';
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const named = scripts.flatMap((name) => moduleImports(readFileSync(join(dir, name), 'utf8'), `${origin}/_astro/${name}`));
  // The lesson's script loads the quiz on first use: a form the finder must know.
  expect(named.some((url) => /\/Quiz\.[^/]+\.js$/.test(url))).toBe(true);
  expect(named.map((url) => new URL(url).pathname).filter((path) => !existsSync(join(buildDir(testInfo), path)))).toEqual([]);
});

test('the first page a resident opens is readable offline after that one visit', async ({ page, context }, testInfo) => {
  await page.goto(LESSON);
  const title = (await page.locator('h1').textContent()) ?? '';
  await controlled(page);
  // No reload: the page was fetched before the worker existed, and must be stored all the same.
  await expect.poll(async () => (await storedIn(page, 'pages')).includes(page.url()), { timeout: 10_000 }).toBe(true);
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().evaluate((link) => (link as HTMLLinkElement).href);
  await expect.poll(async () => (await storedIn(page, 'files')).includes(stylesheet), { timeout: 10_000 }).toBe(true);
  // Its scripts and the modules they imported (named in no HTML) are stored too, so they run offline.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\/_astro\/[^/]+\.js$/.test(name)));
  expect(scripts.length).toBeGreaterThan(1);
  await expect
    .poll(async () => {
      const stored = await storedIn(page, 'files');
      return scripts.filter((script) => !stored.includes(script));
    }, { timeout: 10_000 })
    .toEqual([]);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('.hvs-lesson-body')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).not.toBe('16px');
  await page.goto(UNVISITED);
  await expect(page.locator('h1')).toHaveText(OFFLINE_TITLE);
  await expect(page.getByRole('heading', { name: 'Các bài đã lưu trên máy này' })).toBeVisible();
  await expect(page.getByRole('link', { name: title.trim() })).toBeVisible();
  // The home page, stored when the worker was set up and never opened, runs its scripts offline:
  // the modules they import were stored with it.
  const problems = watchPage(page, testInfo);
  await page.goto('');
  await expect(page.locator('h1')).not.toHaveText(OFFLINE_TITLE);
  expect(await page.evaluate(() => ['hvs-event-split', 'hvs-menu-toggle'].map((name) => Boolean(customElements.get(name))))).toEqual([true, true]);
  expect(problems).toEqual([]);
  await context.setOffline(false);
});

test('what a lesson loads on first use (quiz, reading options, practice) works offline after one visit', async ({ page, context }) => {
  await page.goto('');
  await controlled(page);
  // A lesson opened while the worker is in charge: it stores the chunks the lesson's scripts
  // would load on first use (browser/on-first-use.ts), though none of them was used.
  await page.goto(LESSON);
  await expect
    .poll(async () => (await storedIn(page, 'files')).filter((url) => /\/_astro\/(Quiz|ReadingOptions|PracticePlayer)\.[^/]+\.js$/.test(url)).length, { timeout: 10_000 })
    .toBe(3);
  await expect.poll(() => missingImports(page, cacheOf(page, 'files')), { timeout: 10_000 }).toEqual([]);
  await context.setOffline(true);
  await page.reload();
  await page.getByText('Cỡ chữ và màu').click();
  await page.getByRole('radio', { name: 'Lớn', exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  const question = page.locator('hvs-quiz li').first();
  await question.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(question.getByRole('status')).toHaveText('Bạn chọn một câu trả lời trước, rồi bấm Kiểm tra.');
  await page.locator('hvs-practice').scrollIntoViewIfNeeded();
  await expect(page.locator('hvs-practice')).toHaveClass(/is-playing/);
  await context.setOffline(false);
});

test('searches are stored once, under the search page\'s address, and stored pages have a bound', async ({ page, context }, testInfo) => {
  const at = (path: string) => new URL(path, String(testInfo.project.use.baseURL)).href;
  await page.goto('');
  await controlled(page);
  const searchPage = at('tim-kiem/');
  for (const query of ['lừa đảo', 'vneid', 'mã qr', 'khám bệnh']) await page.goto(`tim-kiem/?q=${encodeURIComponent(query)}`);
  await expect.poll(async () => (await storedIn(page, 'pages')).filter((url) => url.includes('tim-kiem')), { timeout: 10_000 }).toEqual([searchPage]);
  expect((await storedIn(page, 'pages')).filter((url) => url.includes('?'))).toEqual([]);
  // A search not seen before still opens offline: it is the same page.
  await context.setOffline(true);
  await page.goto('tim-kiem/?q=chua-tung-tim');
  await expect(page.locator('h1')).not.toHaveText(OFFLINE_TITLE);
  await context.setOffline(false);

  // Fill the store past its bound with 250 old pages; the next stored page pushes the oldest out.
  await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    for (let index = 0; index < 250; index += 1) await cache.put(new URL(`cu-${index}/`, document.baseURI).href, new Response('cũ'));
  }, pagesCache(basePath(testInfo)));
  await page.goto(LESSON);
  const lesson = page.url();
  await expect.poll(async () => (await storedIn(page, 'pages')).length, { timeout: 10_000 }).toBeLessThanOrEqual(201);
  const stored = await storedIn(page, 'pages');
  expect(stored).toContain(lesson);
  expect(stored).toContain(at('ngoai-tuyen/'));
  expect(stored).not.toContain(at('tim-kiem/cu-0/'));
  expect(stored).toContain(at('tim-kiem/cu-249/'));
});

test('"save this course" stores every lesson, its videos and captions; a saved video plays offline', async ({ page, context }) => {
  await page.goto(`khoa-hoc/${VIDEO_COURSE}/`);
  await controlled(page);
  await expect(page.getByText('kèm hình, video và phụ đề')).toBeVisible();
  const lessons = await page.locator('[data-lesson] a').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))]);
  expect(lessons.length).toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: 'Lưu khóa học để đọc khi không có mạng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toHaveText(`Đã lưu ${lessons.length}/${lessons.length} bài. Bạn đọc được cả khi không có mạng.`);
  const files = await storedIn(page, 'files');
  expect(files.filter((url) => url.endsWith('.mp4'))).toHaveLength(1);
  expect(files.filter((url) => url.endsWith('.vtt'))).toHaveLength(1);
  await context.setOffline(true);
  for (const href of lessons) {
    await page.goto(href);
    await expect(page.locator('h1')).not.toHaveText(OFFLINE_TITLE);
    await expect(page.locator('.hvs-lesson-body')).toBeVisible();
    // The stored styles came too: the page is laid out, not bare HTML.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).not.toBe('16px');
  }
  await page.goto(VIDEO_LESSON);
  const played = await playVideo(page);
  expect(played.error).toBeNull();
  expect(played.readyState).toBeGreaterThanOrEqual(2);
  expect(played.currentTime).toBeGreaterThan(0);
  expect(played.cues).toBeGreaterThan(0);
  await context.setOffline(false);
});

test('the test server answers byte ranges as nginx does', async ({ request }) => {
  const video = /<video[^>]+src="([^"]+)"/.exec(await (await request.get(VIDEO_LESSON)).text())?.[1] ?? '';
  const whole = await request.get(video);
  expect(whole.status()).toBe(200);
  expect(whole.headers()['accept-ranges']).toBe('bytes');
  const size = (await whole.body()).length;
  const part = await request.get(video, { headers: { Range: 'bytes=10-19' } });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-range']).toBe(`bytes 10-19/${size}`);
  expect((await part.body()).equals((await whole.body()).subarray(10, 20))).toBe(true);
  const past = await request.get(video, { headers: { Range: `bytes=${size}-` } });
  expect(past.status()).toBe(416);
  expect(past.headers()['content-range']).toBe(`bytes */${size}`);
});

test('a lesson video plays with the worker in control (server answering ranges with 206)', async ({ page }) => {
  await page.goto('');
  await controlled(page);
  const ranges: number[] = [];
  page.context().on('response', (response) => {
    if (response.url().endsWith('.mp4')) ranges.push(response.status());
  });
  await page.goto(VIDEO_LESSON);
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const played = await playVideo(page);
  expect(played.error).toBeNull();
  expect(played.readyState).toBeGreaterThanOrEqual(2);
  expect(played.currentTime).toBeGreaterThan(0);
  expect(ranges).toContain(206);
  // A partial answer is never stored.
  expect((await storedIn(page, 'files')).filter((url) => url.endsWith('.mp4'))).toEqual([]);
});

test('a new build replaces the stored page, and its worker removes the old build\'s files', async ({ page, context }, testInfo) => {
  const site = await serveCopy(testInfo, 0);
  try {
    await page.goto(site.url(LESSON));
    await controlled(page);
    const before = (await page.locator('h1').textContent()) ?? '';
    const pageStyles = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    const oldStyles = pageStyles[0] ?? '';
    // Every stylesheet of the page is stored before the list is read: the worker stores them one by one.
    const unstored = async () => {
      const stored = await storedIn(page, 'files');
      return pageStyles.filter((url) => !stored.includes(url));
    };
    await expect.poll(unstored, { timeout: 10_000 }).toEqual([]);
    const storedStyles = async () => (await storedIn(page, 'files')).filter((url) => url.endsWith('.css')).sort();
    const stylesBefore = await storedStyles();

    // The next build: new text, and a stylesheet under a new hashed name.
    const oldName = oldStyles.split('/').pop() ?? '';
    const newName = oldName.replace(/\.css$/, '-next.css');
    renameSync(join(site.dir, '_astro', oldName), join(site.dir, '_astro', newName));
    for (const file of htmlFiles(site.dir)) writeFileSync(file, readFileSync(file, 'utf8').replaceAll(oldName, newName));
    const file = join(site.dir, LESSON, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`>${before}</h1>`, `>${before} (bản mới)</h1>`));
    nextWorker(site.dir, (source) => source.replace(oldName, newName));

    await page.reload();
    await expect(page.locator('h1')).toHaveText(`${before} (bản mới)`);
    // Polled: the new worker installs and takes over in the background.
    // Every stylesheet the page uses stays stored, the renamed one under its new name only.
    await expect.poll(storedStyles, { timeout: 10_000 }).toEqual(stylesBefore.map((url) => url.replace(oldName, newName)).sort());
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(`${before} (bản mới)`);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).not.toBe('16px');
    await context.setOffline(false);
  } finally {
    site.close();
  }
});

test('a lesson removed from the site leaves the saved list and is not served offline', async ({ page, context }, testInfo) => {
  const site = await serveCopy(testInfo, 1);
  try {
    await page.goto(site.url(`khoa-hoc/${COURSE}/`));
    await controlled(page);
    await page.getByRole('button', { name: 'Lưu khóa học để đọc khi không có mạng' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toBeVisible();
    const [first = '', second = ''] = readdirSync(join(site.dir, 'khoa-hoc', COURSE)).filter((name) => !name.endsWith('.html'));
    const saved = (slug: string) => page.locator(`[data-list] a[href$="/${slug}/"]`);
    await page.goto(site.url('ngoai-tuyen/'));
    for (const slug of [first, second]) await expect(saved(slug)).toBeVisible();

    // Withdrawn on the server: the first is opened online (404), the second only dropped by the next worker.
    for (const slug of [first, second]) rmSync(join(site.dir, 'khoa-hoc', COURSE, slug), { recursive: true });
    await page.goto(site.url(`khoa-hoc/${COURSE}/${first}/`));
    await context.setOffline(true);
    await page.goto(site.url(`khoa-hoc/${COURSE}/${first}/`));
    await expect(page.locator('h1')).toHaveText(OFFLINE_TITLE);
    await context.setOffline(false);

    nextWorker(site.dir, (source) => source.replace(`"khoa-hoc/${COURSE}/${second}/",`, ''));
    await page.goto(site.url(''));
    const changed = page.evaluate(() => new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await changed;
    await page.goto(site.url('ngoai-tuyen/'));
    await expect(page.getByRole('heading', { name: 'Các bài đã lưu trên máy này' })).toBeVisible();
    for (const slug of [first, second]) await expect(saved(slug)).toHaveCount(0);
    await context.setOffline(true);
    await page.goto(site.url(`khoa-hoc/${COURSE}/${second}/`));
    await expect(page.locator('h1')).toHaveText(OFFLINE_TITLE);
    await context.setOffline(false);
  } finally {
    site.close();
  }
});

test('lessons saved by the previous worker (one cache, hvs-offline-v1) are still saved after the update', async ({ page, context }, testInfo) => {
  const site = await serveCopy(testInfo, 3);
  try {
    await page.goto(site.url(''));
    await controlled(page);
    // As the previous worker left them: a lesson and its stylesheet in one cache.
    const lesson = site.url(UNVISITED);
    await page.evaluate(async (href) => {
      const cache = await caches.open('hvs-offline-v1');
      await cache.add(href);
      const stylesheet = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.href ?? '';
      await cache.add(stylesheet);
    }, lesson);
    nextWorker(site.dir);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(async () => page.evaluate(() => caches.has('hvs-offline-v1')), { timeout: 10_000 }).toBe(false);
    expect(await storedIn(page, 'pages')).toContain(lesson);
    await context.setOffline(true);
    await page.goto(lesson);
    await expect(page.locator('h1')).not.toHaveText(OFFLINE_TITLE);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).not.toBe('16px');
    await context.setOffline(false);
  } finally {
    site.close();
  }
});

test('a page the store refuses is still shown, from the network', async ({ page }, testInfo) => {
  // cache.put rejects any response that varies on "*"; the worker must pass the page through regardless.
  const site = await serveCopy(testInfo, 2, (dir) => appendFileSync(join(dir, '_headers'), `\n${basePath(testInfo)}${LESSON}\n  Vary: *\n`));
  try {
    await page.goto(site.url(''));
    await controlled(page);
    await page.goto(site.url(LESSON));
    await expect(page.locator('h1')).not.toHaveText(OFFLINE_TITLE);
    await expect(page.locator('.hvs-lesson-body')).toBeVisible();
    expect(await storedIn(page, 'pages')).not.toContain(site.url(LESSON));
  } finally {
    site.close();
  }
});

test('the worker and the offline page are built for this deployment', async ({ page }, testInfo) => {
  const worker = await (await page.request.get('sw.js')).text();
  expect(worker).toContain(`const BASE = "${basePath(testInfo)}";`);
  expect(worker).toContain(`const OFFLINE = "${basePath(testInfo)}ngoai-tuyen/";`);
  // The build's own files, listed for pruning; search files and the manager are not the worker's business.
  expect(worker).toContain(`"${LESSON}"`);
  expect(worker).not.toContain('"pagefind/');
  expect(worker).not.toContain('"quan-tri/');
  await page.goto('ngoai-tuyen/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('the service worker leaves the content manager to the network and stores none of it', async ({ page }) => {
  await page.goto('');
  await controlled(page);
  await page.goto('quan-tri/');
  // A multi-megabyte app: it may take a while to start on a busy machine.
  await expect(page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' })).toBeVisible({ timeout: 30_000 });
  const managerScripts = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).src));
  expect(managerScripts.length).toBeGreaterThan(0);
  // The page was controlled (the worker saw its requests), yet nothing of the manager is stored.
  const { controlled: wasControlled, stored } = await page.evaluate(async () => {
    const keys = (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)))).flat();
    return { controlled: Boolean(navigator.serviceWorker.controller), stored: keys };
  });
  expect(wasControlled).toBe(true);
  expect(stored.some((url) => url.includes('/_astro/'))).toBe(true);
  expect(stored.filter((url) => url.includes('quan-tri') || managerScripts.includes(url))).toEqual([]);
});
