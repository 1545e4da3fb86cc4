import { expect, test } from '@playwright/test';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('tro-nang/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside main: the first breadcrumb.
  await expect(page.locator('main a').first()).toBeFocused();
});

test('the header names the section and the ward, and the navigation marks the current page', async ({ page }) => {
  await page.goto('phong-trao/');
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Bình dân học vụ số');
  await expect(banner).toContainText('Phường An Bình');
  const nav = page.getByRole('navigation', { name: 'Mục chính' });
  await expect(nav.getByRole('link')).toHaveText(['Khóa học', 'Lộ trình', 'Thực hành', 'Tin tức', 'Lịch học', 'Phong trào', 'Tài liệu']);
  await expect(banner.getByRole('link', { name: 'Tìm kiếm' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Phong trào' })).toHaveAttribute('aria-current', 'page');
  const crumbs = page.getByRole('navigation', { name: 'Bạn đang ở đây' });
  await expect(crumbs.getByRole('link', { name: 'Trang chủ' })).toBeVisible();
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Phong trào');
});

test('the footer gives the ward contacts, marks sample data and links the accessibility statement', async ({ page }) => {
  await page.goto('');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Ủy ban nhân dân phường An Bình');
  await expect(footer.getByRole('link', { name: '024 0000 0000' })).toHaveAttribute('href', 'tel:02400000000');
  await expect(footer).toContainText('dữ liệu mẫu');
  await footer.getByRole('link', { name: 'Tuyên bố về trợ năng' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuyên bố về trợ năng');
});

test('main navigation works at 320 px without JavaScript', async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    baseURL: String(testInfo.project.use.baseURL),
    javaScriptEnabled: false,
    viewport: { width: 320, height: 640 },
  });
  const page = await context.newPage();
  await page.goto('');
  const nav = page.getByRole('navigation', { name: 'Mục chính' });
  for (const link of await nav.getByRole('link').all()) {
    await expect(link).toBeVisible();
    const box = await link.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
  }
  // Reading options need scripts, so without them they are not offered; nor is the Menu button.
  await expect(page.getByText('Cỡ chữ và màu')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Tìm kiếm' })).toBeVisible();
  await nav.getByRole('link', { name: 'Lịch học' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch học và sự kiện');
  await context.close();
});

test.describe('on a phone the header is one row and the rest is behind "Menu"', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('Menu opens and closes the navigation and the reading options, by touch and keyboard', async ({ page }) => {
    await page.goto('khoa-hoc/');
    const banner = page.getByRole('banner');
    const menu = banner.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Mục chính' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await expect(page.getByText('Cỡ chữ và màu')).toBeHidden();
    // The site's name, search and Menu share one row of at most 60 px.
    const header = await banner.boundingBox();
    expect(header?.height).toBeLessThanOrEqual(60);
    for (const control of [banner.getByRole('link', { name: 'Tìm kiếm' }), menu]) {
      const box = await control.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(box?.width).toBeGreaterThanOrEqual(44);
    }

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Lịch học' })).toBeVisible();
    await expect(page.getByText('Cỡ chữ và màu')).toBeVisible();
    await nav.getByRole('link', { name: 'Lộ trình' }).focus();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'Lịch học' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch học và sự kiện');
  });

  test('search is one tap away on every page', async ({ page }) => {
    await page.goto('khoa-hoc/an-toan-tren-mang/');
    await page.getByRole('banner').getByRole('link', { name: 'Tìm kiếm' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Tìm kiếm' })).toHaveAttribute('aria-current', 'page');
  });
});
