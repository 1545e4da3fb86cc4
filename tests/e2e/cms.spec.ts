import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { newsSchema } from '../../src/lib/content/news-schema';
import { buildDir, watchPage } from '../support/site';

/*
 * The content manager at /quan-tri/ (Sveltia CMS, bundled from npm). Its local
 * mode is driven for real: the folder it is given is the browser's private
 * file system, filled with a copy of content/, so the files it writes can be
 * read back and checked against the schema the build uses.
 */


function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const LOCAL = 'Làm việc với kho mã nguồn cục bộ';
// The manager is a few MB of script: on a busy two-core machine it can take longer to start than expect's 5 s.
const BOOT = 30_000;

test('the manager loads from the site alone, in Vietnamese, with its own configuration', async ({ page }, testInfo) => {
  const problems = watchPage(page, testInfo);
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('quan-tri/');
  await expect(page.getByRole('heading', { name: 'Quản trị nội dung – Bình dân học vụ số' })).toBeVisible({ timeout: BOOT });
  await expect(page.getByRole('button', { name: LOCAL })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const config = parse(await (await page.request.get('quan-tri/config.yml')).text());
  expect(config.collections.map((collection: { name?: string }) => collection.name)).toContain('tin-tuc');
  expect(problems).toEqual([]);
  expect(missing).toEqual([]);
});

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`);
}

test('its sign-in screen passes axe @root-only', async ({ page }) => {
  await page.goto('quan-tri/');
  await expect(page.getByRole('button', { name: LOCAL })).toBeVisible({ timeout: BOOT });
  expect(await axe(page)).toEqual([]);
});

test('the manager speaks Vietnamese even to a browser set to English @root-only', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ locale: 'en-US', baseURL: String(testInfo.project.use.baseURL) });
  const page = await context.newPage();
  await page.goto('quan-tri/');
  await expect(page.getByRole('button', { name: LOCAL })).toBeVisible({ timeout: BOOT });
  await context.close();
});

test('no public page loads the manager, links to it, or lists it', async ({ page }, testInfo) => {
  const dir = buildDir(testInfo);
  const manager = readFileSync(join(dir, 'quan-tri', 'index.html'), 'utf8');
  const entries = [...manager.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? '');
  expect(entries.length).toBeGreaterThan(0);
  // The entry script loads the manager itself as a chunk of its own: that file, too, only here.
  const chunks = entries.flatMap((src) =>
    [...readFileSync(join(dir, '_astro', src.split('/').at(-1) ?? ''), 'utf8').matchAll(/import\(`\.\/([^`]+\.js)`\)/g)].map((match) => match[1] ?? ''),
  );
  expect(chunks.length).toBeGreaterThan(0);
  const managerScripts = [...entries, ...chunks];
  const pages = walk(dir).filter((file) => file.endsWith('.html') && !file.startsWith(join(dir, 'quan-tri')));
  expect(pages.length).toBeGreaterThan(100);
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    for (const script of managerScripts) expect(html, file).not.toContain(script);
    expect(html, file).not.toMatch(/["/]quan-tri\//);
  }
  // Left out of the search index, the sitemap, and search engines.
  expect(manager).not.toContain('data-pagefind-body');
  expect(manager).toContain('<meta name="robots" content="noindex, nofollow">');
  const sitemap = walk(dir).filter((file) => /sitemap-\d+\.xml$/.test(file)).map((file) => readFileSync(file, 'utf8')).join('');
  expect(sitemap).toContain('<loc>');
  expect(sitemap).not.toContain('/quan-tri/');
  const robots = await (await page.request.get('robots.txt')).text();
  expect(robots).toMatch(/^Disallow: \/(binh-dan-hoc-vu-so\/)?quan-tri\/$/m);
});

test('the manager alone may style itself inline; the public pages may not', async ({ request }, testInfo) => {
  const dir = buildDir(testInfo);
  const headers = readFileSync(join(dir, '_headers'), 'utf8').split(/\n(?=\S)/);
  const managerRule = headers.find((rule) => /^\/(binh-dan-hoc-vu-so\/)?quan-tri\/\*$/m.test(rule.split('\n')[0] ?? ''));
  expect(managerRule).toMatch(/style-src 'self' 'unsafe-inline'/);
  // The rule for every path may only refuse framing: hosts send every matching rule, and two full policies would intersect.
  const everything = headers.find((rule) => /^\/(binh-dan-hoc-vu-so\/)?\*$/.test(rule.split('\n')[0] ?? ''));
  expect(everything).toContain("\n  Content-Security-Policy: frame-ancestors 'none'\n");
  const publicRules = headers.filter((rule) => rule.includes('Content-Security-Policy') && rule !== managerRule && rule !== everything);
  expect(publicRules.length).toBeGreaterThan(5);
  for (const rule of publicRules) expect(rule).not.toContain('unsafe-inline');
  // As served: the manager's policy once, with framing refused once.
  const served = (await request.get('quan-tri/')).headers()['content-security-policy'] ?? '';
  expect(served.match(/style-src/g)).toHaveLength(1);
  expect(served.match(/frame-ancestors 'none'/g)).toHaveLength(1);
  expect(served).toMatch(/style-src 'self' 'unsafe-inline'/);
});

test('in its local mode, an editor writes a news item with a picture that the build accepts @root-only', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchPage(page, testInfo);
  // The folder the editor would choose: a copy of content/ in the browser's private file system.
  const files = walk('content')
    .filter((file) => /\.(md|mdx|yaml|svg)$/.test(file))
    .map((file) => ({ path: file, text: readFileSync(file, 'utf8') }));
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = () => navigator.storage.getDirectory();
  });
  await page.goto('quan-tri/');
  await page.evaluate(async (list) => {
    const root = await navigator.storage.getDirectory();
    await root.getDirectoryHandle('.git', { create: true });
    for (const { path, text } of list) {
      const parts = path.split('/');
      let folder = root;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);

  await page.getByRole('button', { name: LOCAL }).click({ timeout: BOOT });
  // The manager reads the whole copy of content/ before it lists the collections.
  await expect(page.getByRole('treeitem', { name: 'Tin tức' })).toBeVisible({ timeout: BOOT });
  await expect(page.getByRole('treeitem', { name: 'Bài học: An toàn trên mạng' })).toBeVisible();
  // On a computer's screen the collection list and the form pass axe too.
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Tạo bài viết mới' }).click();
  await expect(page.getByRole('textbox', { name: 'Tiêu đề tin' })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await page.getByRole('button', { name: 'Hôm nay' }).click();
  await page.getByRole('radio', { name: 'lớp học' }).check();
  await page.getByRole('textbox', { name: 'Tóm tắt' }).fill('Tổ dân phố số 5 mở lớp hướng dẫn dùng VNeID vào sáng Chủ nhật.');
  await page.getByRole('button', { name: 'Duyệt tệp' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: 'Tải lên' }).click();
  await (await chooser).setFiles({
    name: 'Ảnh lớp học.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630"><rect width="1200" height="630" fill="#e8f1fb"/></svg>'),
  });
  // Uploaded names follow the slug rules: no marks, no spaces.
  await expect(page.getByRole('dialog').getByRole('option', { name: 'anh-lop-hoc.svg' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('dialog').getByRole('button', { name: 'Chèn' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('textbox', { name: 'Lời tả ảnh (bắt buộc)' }).fill('Hình vẽ lớp học.');
  await page.getByRole('textbox', { name: 'Đơn vị đưa tin' }).fill('Tổ dân phố số 5');
  await page.getByRole('textbox', { name: 'Nội dung', exact: true }).fill('Mang theo điện thoại đã sạc pin.');
  // Typed last: the new-entry form settles a moment after it opens.
  const title = page.getByRole('textbox', { name: 'Tiêu đề tin' });
  await title.fill('Lớp học dùng VNeID cho người cao tuổi tổ dân phố số 5');
  await expect(title).toHaveValue('Lớp học dùng VNeID cho người cao tuổi tổ dân phố số 5');
  await page.getByRole('button', { name: 'Lưu' }).click();
  // Saved: the editor closes and the list shows the new item.
  await expect(page.getByRole('row', { name: /Lớp học dùng VNeID cho người cao tuổi tổ dân phố số 5/ })).toBeVisible();

  const read = (path: string) =>
    page.evaluate(async (file) => {
      let folder = await navigator.storage.getDirectory();
      const parts = file.split('/');
      try {
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
        return await (await (await folder.getFileHandle(parts.at(-1) ?? '')).getFile()).text();
      } catch {
        return null;
      }
    }, path);
  const newsFile = 'content/wards/mau/news/lop-hoc-dung-vneid-cho-nguoi-cao-tuoi-to-dan-pho-so-5.mdx';
  await expect.poll(() => read(newsFile)).not.toBeNull();
  const text = (await read(newsFile)) ?? '';
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  // What the build will check: the schema accepts it, and the picture it names was written.
  const news = newsSchema.parse(parse(frontmatter));
  expect(news).toMatchObject({ category: 'lớp học', publisher: 'Tổ dân phố số 5', sample: false });
  expect(news.cover).toEqual({ src: 'tin-tuc/anh-lop-hoc.svg', alt: 'Hình vẽ lớp học.' });
  expect(await read('content/wards/mau/media/tin-tuc/anh-lop-hoc.svg')).toContain('<svg');
  expect(body.trim()).toBe('Mang theo điện thoại đã sạc pin.');
  // Other files are left as they were.
  expect(await read('content/wards/mau/news/ra-mat-to-cong-nghe-so-cong-dong-to-dan-pho-so-3.mdx')).toBe(
    readFileSync('content/wards/mau/news/ra-mat-to-cong-nghe-so-cong-dong-to-dan-pho-so-3.mdx', 'utf8'),
  );
  expect(problems).toEqual([]);
});
