import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { axe } from '../support/axe';
import { sharedContextTest } from '../support/shared-context';
import { buildDir, builtPaths, checkedPaths, representativePaths, sitemapPaths, watchPage } from '../support/site';

test('the sitemap lists every public page, and no 404', async ({ page }, testInfo) => {
  const paths = await sitemapPaths(page, testInfo);
  for (const path of ['', 'khoa-hoc/', 'lo-trinh/', 'tin-tuc/', 'lich-hoc/', 'phong-trao/', 'tim-kiem/', 'tro-nang/']) {
    expect(paths).toContain(path);
  }
  expect(paths.some((path) => path.includes('404'))).toBe(false);
});

test('the sitemap of this build lists the same pages as the other build\'s', async ({ page }, testInfo) => {
  // The root build is what the page tests are made from; each project is checked against the other build.
  const other = testInfo.project.name === 'subpath' ? builtPaths() : builtPaths('dist-subpath', '/binh-dan-hoc-vu-so/');
  expect(other.length).toBeGreaterThan(100);
  expect((await sitemapPaths(page, testInfo)).sort()).toEqual(other.sort());
});

/** Targets under 44 px, leaving out links inside a sentence (WCAG 2.5.8, inline). */
const smallTargets = () =>
  [...document.querySelectorAll('a, button, summary, input, select, label:has(input)')]
    .filter((element) => !element.closest('.sr-only') && element.getClientRects().length > 0)
    .filter((element) => !(element instanceof HTMLInputElement && element.closest('label')))
    .filter((element) => {
      const parent = element.parentElement;
      const inline = element.tagName === 'A' && (parent?.tagName === 'P' || parent?.tagName === 'LI');
      return !(inline && parent?.textContent?.trim() !== element.textContent?.trim());
    })
    .map((element) => ({ text: element.textContent?.trim() ?? element.tagName, height: element.getBoundingClientRect().height }))
    .filter(({ height }) => height < 44);

// One test per page: what every page owes a resident, on every page an editor
// writes and one page of each generated kind (checkedPaths). One page of each
// kind is also checked in high contrast and at every width (its siblings
// share its template and styles); the others are tagged for the root build
// only (playwright.config.ts); on the sub-path build a page is checked for
// what its base changes, the requests it makes. The pages of a worker share one
// browser context (tests/support/shared-context.ts), as a resident's browser would.
const everyBuild = representativePaths(builtPaths());
for (const path of [...checkedPaths(builtPaths()), 'trang-khong-co-that/']) {
  const full = everyBuild.has(path) || path === 'trang-khong-co-that/';
  const tag = full ? '' : ' @root-only';
  sharedContextTest(`/${path} is accessible, readable on a phone, reflows and stays on the site${tag}`, async ({ page }, testInfo) => {
    const problems = watchPage(page, testInfo, { missing: path === 'trang-khong-co-that/' });
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('h1')).toHaveCount(1);
    if (testInfo.project.name === 'subpath') {
      // The sub-path build differs from the root build only in its addresses: the page and
      // everything it loads stay under the base and answer. Its markup, styles and text are
      // the root build's, checked below on the root project for this page and every sibling.
      expect(problems).toEqual([]);
      return;
    }
    // Both rule sets in one run: WCAG 2.2 AA, and body text at 7:1 (the enhanced contrast, AAA).
    const results = await axe(page, { enhanced: true }).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    // The enhanced-contrast rule really ran (it is outside the tags).
    expect([...results.passes, ...results.incomplete, ...results.violations].map((rule) => rule.id)).toContain('color-contrast-enhanced');
    // Body text at least 18 px, line height 1.5.
    const body = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { size: parseFloat(style.fontSize), leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize) };
    });
    expect(body.size).toBeGreaterThanOrEqual(18);
    expect(body.leading).toBeGreaterThanOrEqual(1.5);
    expect(await page.evaluate(smallTargets)).toEqual([]);
    const views = [
      { width: 320, textScale: 2 },
      ...(full ? [{ width: 320, textScale: 1 }, { width: 1280, textScale: 2 }] : []),
    ];
    for (const { width, textScale } of views) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate((scale) => {
        document.documentElement.style.fontSize = `${scale * 100}%`;
      }, textScale);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `overflows by ${overflow}px at ${width} px with text at ${textScale * 100}%`).toBeLessThanOrEqual(0);
    }
    expect(problems).toEqual([]);
    if (!full) return;

    await page.evaluate(() =>
      localStorage.setItem('hvs:reading', JSON.stringify({ textSize: 'larger', highContrast: true, wideSpacing: true })),
    );
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    const highContrast = await axe(page, { enhanced: true }).analyze();
    expect(highContrast.violations.map((v) => `high contrast: ${v.id}`)).toEqual([]);
  });
}

test('the page checks\' axe run reports a WCAG failure and body text under 7:1 @root-only', async ({ page }) => {
  // What the faster settings (tests/support/axe.ts) keep: every rule reports its violations.
  await page.goto('tro-nang/');
  await page.evaluate(() => {
    // Colours set through the DOM: the site's content security policy drops style attributes.
    const add = (id: string, text: string, color: string) => {
      const paragraph = document.createElement('p');
      Object.assign(paragraph, { id, textContent: text });
      paragraph.style.setProperty('color', color, 'important');
      paragraph.style.setProperty('background', '#fff', 'important');
      document.querySelector('main')?.append(paragraph);
    };
    add('aa', 'Chữ quá nhạt', '#999');
    add('aaa', 'Chữ đủ AA, chưa đủ 7:1', '#666');
    const image = Object.assign(document.createElement('img'), { id: 'no-alt', src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', width: 10, height: 10 });
    document.querySelector('main')?.append(image);
  });
  const { violations } = await axe(page, { enhanced: true }).analyze();
  const found = violations.map((violation) => `${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(' ')}`);
  expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^color-contrast .*#aa\b/), expect.stringMatching(/^color-contrast-enhanced .*#aaa\b/), expect.stringMatching(/^image-alt .*#no-alt/)]));
  // Without the enhanced option, 5.7:1 passes.
  const plain = await axe(page).analyze();
  expect(plain.violations.map((violation) => violation.id)).not.toContain('color-contrast-enhanced');
});

test('an unknown address answers 404 with a search box and ways back', async ({ page }) => {
  const response = await page.goto('khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang này');
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Khóa học' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  // Served at any address, it has none of its own to share.
  await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
});

test('every calendar file folds its lines at 75 octets and unfolds to whole text', ({}, testInfo) => {
  const dir = buildDir(testInfo);
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : name.endsWith('.ics') ? [join(folder, name)] : []));
  const files = walk(dir);
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), `${file}: ${line}`).toBeLessThanOrEqual(75);
    // Folding split no letter: the file decodes as UTF-8 with no replacement character, and unfolded lines keep their Vietnamese.
    expect(text, file).not.toContain('\uFFFD');
    expect(text.replace(/\r\n /g, ''), file).toMatch(/^SUMMARY:.*[ăâđêôơư]/m);
  }
});

test('every page has a canonical URL, a description and Open Graph tags', async ({ page }, testInfo) => {
  // The served HTML is read as text: the head is all this checks, and ~180 page loads would take a minute.
  const attribute = (html: string, tag: RegExp, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag.exec(html)?.[0] ?? '')?.[1];
  for (const path of await sitemapPaths(page, testInfo)) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const canonical = attribute(html, /<link rel="canonical"[^>]*>/, 'href');
    expect(new URL(canonical ?? '').pathname, path).toBe(new URL(response.url()).pathname);
    expect(attribute(html, /<meta name="description"[^>]*>/, 'content'), path).toMatch(/.{30,}/);
    expect(attribute(html, /<meta property="og:title"[^>]*>/, 'content'), path).toMatch(/\S/);
    expect(attribute(html, /<meta property="og:image"[^>]*>/, 'content'), path).toMatch(/^https:\/\/.+\.png$/);
  }
});

test('the page watch lets only the 404 page itself answer 404, and reports a missing picture anywhere', async ({ page }, testInfo) => {
  const onMissingPage = watchPage(page, testInfo, { missing: true });
  await page.goto('khong-co-trang-nay/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang này');
  expect(onMissingPage).toEqual([]);
  // The same 404 page opened as an ordinary page is a problem; so is a missing picture on the 404 page itself.
  const picture = await page.context().newPage();
  const problems = watchPage(picture, testInfo, { missing: true });
  await picture.goto('khong-co-trang-nay/');
  await picture.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'khong-co.png';
    image.alt = '';
    document.body.append(image);
  });
  await expect.poll(() => problems.join('\n')).toMatch(/response 404: .*khong-co\.png/);
  const ordinary = await page.context().newPage();
  const notExpected = watchPage(ordinary, testInfo);
  await ordinary.goto('khong-co-trang-nay/');
  await expect.poll(() => notExpected.join('\n')).toMatch(/response 404: .*khong-co-trang-nay\//);
});
