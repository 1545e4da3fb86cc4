import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPaths, sitemapPaths, watchPage } from '../support/site';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the sitemap lists every public page, and no 404', async ({ page }, testInfo) => {
  const paths = await sitemapPaths(page, testInfo);
  for (const path of ['', 'khoa-hoc/', 'lo-trinh/', 'tin-tuc/', 'lich-hoc/', 'phong-trao/', 'tim-kiem/', 'tro-nang/']) {
    expect(paths).toContain(path);
  }
  expect(paths.some((path) => path.includes('404'))).toBe(false);
});

test('the sitemap of this build lists the same pages as the one the tests are made from', async ({ page }, testInfo) => {
  expect((await sitemapPaths(page, testInfo)).sort()).toEqual(builtPaths().sort());
});

for (const path of [...builtPaths(), 'trang-khong-co-that/']) {
  test(`/${path} passes axe in both themes, logs no errors and stays on the site`, async ({ page }, testInfo) => {
    const problems = watchPage(page, testInfo);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('h1')).toHaveCount(1);
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(problems).toEqual([]);

    await page.evaluate(() =>
      localStorage.setItem('hvs:reading', JSON.stringify({ textSize: 'larger', highContrast: true, wideSpacing: true })),
    );
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    const highContrast = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(highContrast.violations.map((v) => `high contrast: ${v.id}`)).toEqual([]);
  });
}

test('an unknown address answers 404 with a search box and ways back', async ({ page }) => {
  const response = await page.goto('khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang này');
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Khóa học' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('every page has a canonical URL, a description and Open Graph tags', async ({ page }, testInfo) => {
  for (const path of await sitemapPaths(page, testInfo)) {
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe(new URL(page.url()).pathname);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{30,}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https:\/\/.+\.png$/);
  }
});

for (const path of builtPaths()) {
  test(`/${path}: text reaches 7:1 contrast; body text is at least 18 px with line height 1.5 on a phone`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
    expect(violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', '))).toEqual([]);
    const body = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { size: parseFloat(style.fontSize), leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize) };
    });
    expect(body.size).toBeGreaterThanOrEqual(18);
    expect(body.leading).toBeGreaterThanOrEqual(1.5);
  });
}
