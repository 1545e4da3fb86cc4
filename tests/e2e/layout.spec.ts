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
  await expect(nav.getByRole('link')).toHaveText(['Khóa học', 'Lộ trình', 'Thực hành', 'Tin tức', 'Lịch học', 'Phong trào', 'Tài liệu', 'Tìm kiếm']);
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
  // Reading options need scripts, so without them they are not offered.
  await expect(page.getByText('Cỡ chữ và màu')).toBeHidden();
  await nav.getByRole('link', { name: 'Lịch học' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch học và sự kiện');
  await context.close();
});
