import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { basePath, sparePort } from '../support/site';

const COURSE = 'cham-soc-suc-khoe-truc-tuyen';
const LESSON = `khoa-hoc/${COURSE}/dat-lich-kham-benh-truc-tuyen/`;
const UNVISITED = 'khoa-hoc/an-toan-tren-mang/bao-ve-du-lieu-ca-nhan/';

/** Waits until the service worker controls the page, so what it fetches next is stored. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

test('a lesson opened once opens again with no connection; an unvisited one shows the offline page', async ({ page, context }) => {
  await page.goto(LESSON);
  await controlled(page);
  await page.reload();
  const title = (await page.locator('h1').textContent()) ?? '';
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('.hvs-lesson-body')).toBeVisible();
  await page.goto(UNVISITED);
  await expect(page.locator('h1')).toHaveText('Bạn đang không có mạng');
  await expect(page.getByRole('heading', { name: 'Các bài đã lưu trên máy này' })).toBeVisible();
  await expect(page.getByRole('link', { name: title.trim() })).toBeVisible();
  await context.setOffline(false);
});

test('"save this course" stores every lesson for reading offline', async ({ page, context }) => {
  await page.goto(`khoa-hoc/${COURSE}/`);
  await controlled(page);
  const lessons = await page.locator('[data-lesson] h3 a, [data-lesson] a').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))]);
  expect(lessons.length).toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: 'Lưu khóa học để đọc khi không có mạng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toHaveText(`Đã lưu ${lessons.length}/${lessons.length} bài. Bạn đọc được cả khi không có mạng.`);
  await context.setOffline(true);
  for (const href of lessons) {
    await page.goto(href);
    await expect(page.locator('h1')).not.toHaveText('Bạn đang không có mạng');
    await expect(page.locator('.hvs-lesson-body')).toBeVisible();
    // The stored styles came too: the page is laid out, not bare HTML.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).not.toBe('16px');
  }
  await context.setOffline(false);
});

test('a new build replaces the stored page', async ({ page, context }, testInfo) => {
  // A copy of this deployment on a server of its own, so the test can "deploy" a new build.
  const base = basePath(testInfo);
  const source = testInfo.project.name === 'subpath' ? 'dist-subpath' : 'dist';
  const dir = mkdtempSync(join(tmpdir(), 'hvs-offline-'));
  cpSync(source, dir, { recursive: true });
  const port = sparePort(testInfo);
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.ts', dir, String(port), base], { stdio: 'ignore' });
  try {
    const url = `http://localhost:${port}${base}${LESSON}`;
    await expect.poll(async () => (await fetch(url).catch(() => null))?.status, { timeout: 10_000 }).toBe(200);
    await page.goto(url);
    await controlled(page);
    await page.reload();
    const before = (await page.locator('h1').textContent()) ?? '';

    const file = join(dir, LESSON, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`>${before}</h1>`, `>${before} (bản mới)</h1>`));
    writeFileSync(join(dir, 'sw.js'), `${readFileSync(join(dir, 'sw.js'), 'utf8')}\n// next build\n`);

    await page.reload();
    await expect(page.locator('h1')).toHaveText(`${before} (bản mới)`);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(`${before} (bản mới)`);
    await context.setOffline(false);
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the worker and the offline page are built for this deployment', async ({ page }, testInfo) => {
  const worker = await (await page.request.get('sw.js')).text();
  expect(worker).toContain(`const BASE = "${basePath(testInfo)}";`);
  expect(worker).toContain(`const OFFLINE = "${basePath(testInfo)}ngoai-tuyen/";`);
  await page.goto('ngoai-tuyen/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('the service worker leaves the content manager to the network and stores none of it', async ({ page }) => {
  await page.goto('');
  await controlled(page);
  await page.goto('quan-tri/');
  await expect(page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' })).toBeVisible();
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
