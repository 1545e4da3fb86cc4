import { expect, test, type Page } from '@playwright/test';

const htmlFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

async function openOptions(page: Page) {
  await page.getByText('Cỡ chữ và màu').click();
  return page.locator('hvs-reading-options');
}

test('text size, contrast and spacing apply at once and persist across pages and a reload', async ({ page }) => {
  await page.goto('');
  expect(await htmlFontSize(page)).toBe('16px');
  const options = await openOptions(page);
  await options.getByRole('radio', { name: 'Rất lớn' }).check();
  await expect(options.getByRole('status')).toHaveText('Đã lưu trên máy này.');
  expect(await htmlFontSize(page)).toBe('24px');
  await options.getByRole('checkbox', { name: /Tương phản cao/ }).check();
  await options.getByRole('checkbox', { name: 'Giãn dòng rộng' }).check();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await expect(html).toHaveAttribute('data-spacing', 'wide');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');

  await page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Phong trào' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Phong trào');
  await expect(html).toHaveAttribute('data-text-size', 'larger');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  expect(await htmlFontSize(page)).toBe('24px');

  await page.reload();
  await expect(html).toHaveAttribute('data-spacing', 'wide');
  const reopened = await openOptions(page);
  await expect(reopened.getByRole('radio', { name: 'Rất lớn' })).toBeChecked();
  await expect(reopened.getByRole('checkbox', { name: /Tương phản cao/ })).toBeChecked();

  await reopened.getByRole('button', { name: 'Trở về mặc định' }).click();
  await expect(reopened.getByRole('status')).toHaveText('Đã trở về mặc định.');
  await expect(html).not.toHaveAttribute('data-contrast', /.+/);
  expect(await htmlFontSize(page)).toBe('16px');
  await page.reload();
  expect(await htmlFontSize(page)).toBe('16px');
});

test('the largest option doubles the text; on a phone already at 200 % it keeps the phone\'s size', async ({ page }) => {
  await page.goto('');
  const options = await openOptions(page);
  await options.getByRole('radio', { name: 'Lớn nhất' }).check();
  expect(await htmlFontSize(page)).toBe('32px');
  const body = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p') ?? document.body).fontSize));
  expect(await body()).toBe(40); // text-xl on a wide screen: 20 px doubled

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  expect(await htmlFontSize(page)).toBe('32px');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.reload();
  // Not 64 px: the option stops where a phone's line still holds about 17 letters, never below the phone's own size.
  const root = parseFloat(await htmlFontSize(page));
  expect(root).toBeGreaterThanOrEqual(32);
  expect(root).toBeLessThanOrEqual(34);
});

test('saved options are on <html> before the body is parsed, so there is no flash', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('hvs:reading', JSON.stringify({ textSize: 'large', highContrast: true }));
    const seen = { size: 'unset', contrast: 'unset' };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      seen.size = document.documentElement.getAttribute('data-text-size') ?? 'none';
      seen.contrast = document.documentElement.getAttribute('data-contrast') ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('tro-nang/');
  const seen = await page.evaluate(() => (window as unknown as { seen: { size: string; contrast: string } }).seen);
  expect(seen).toEqual({ size: 'large', contrast: 'high' });
});

test('the options work from the keyboard alone', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // the site's name
  await page.keyboard.press('Tab'); // search
  await page.keyboard.press('Tab'); // reading options
  const summary = page.getByText('Cỡ chữ và màu');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Vừa' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Lớn', exact: true })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
});

test('the options are grouped and labelled for screen readers', async ({ page }) => {
  await page.goto('');
  await openOptions(page);
  await expect(page.getByRole('group', { name: 'Cỡ chữ' }).getByRole('radio')).toHaveCount(4);
  await expect(page.getByRole('group', { name: 'Cách hiển thị' }).getByRole('checkbox')).toHaveCount(2);
});

test('a damaged saved value falls back to the defaults', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('hvs:reading', '{not json'));
  await page.goto('');
  expect(await htmlFontSize(page)).toBe('16px');
  await expect(page.locator('html')).toHaveClass(/js/);
});
