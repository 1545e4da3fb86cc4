import { expect, test } from '@playwright/test';
import { basePath, watchPage } from '../support/site';

test('the home search box finds pages through the Pagefind bundle under the deployment base', async ({ page }, testInfo) => {
  const problems = watchPage(page, testInfo);
  await page.goto('');
  await page.getByRole('main').getByRole('searchbox').fill('phong trào');
  await page.getByRole('main').getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/tim-kiem\/\?q=phong/);
  await expect(page.getByRole('status')).toContainText('kết quả');
  const result = page.getByRole('main').getByRole('listitem').getByRole('link', { name: /Phong trào “Bình dân học vụ số” là gì/ });
  await expect(result).toBeVisible();
  const href = await result.getAttribute('href');
  expect(href).toBe(`${basePath(testInfo)}phong-trao/`);
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Phong trào');
  expect(problems).toEqual([]);
});

test('a query with no match says so and suggests what to try', async ({ page }) => {
  await page.goto('tim-kiem/?q=zzxxqq');
  await expect(page.getByRole('status')).toContainText('Chưa tìm thấy gì cho “zzxxqq”');
});

test('without JavaScript the search page explains itself', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: String(testInfo.project.use.baseURL), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('tim-kiem/?q=VNeID');
  await expect(page.getByText('cần trình duyệt bật JavaScript')).toBeVisible();
  await context.close();
});
