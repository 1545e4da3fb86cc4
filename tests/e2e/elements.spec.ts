import { expect, test } from '@playwright/test';

// The elements' base (src/browser/element.ts), seen in a real page: these behaviours need a DOM.
const LESSON = 'khoa-hoc/an-toan-tren-mang/bao-ve-du-lieu-ca-nhan/';

test('an element moved in the page is set up once: one press marks the lesson once', async ({ page }) => {
  await page.goto(LESSON);
  const progress = page.locator('hvs-lesson-progress');
  await expect(progress.getByRole('button', { name: 'Đánh dấu đã học xong' })).toBeVisible();
  // Taking the element out and putting it back connects it again; set up twice, one press
  // would run two handlers, marking and unmarking the lesson.
  await progress.evaluate((element) => {
    const parent = element.parentElement;
    element.remove();
    parent?.append(element);
  });
  await progress.getByRole('button', { name: 'Đánh dấu đã học xong' }).click();
  await expect(progress).toHaveAttribute('data-complete', '');
  await expect(progress.getByRole('button', { name: 'Bỏ đánh dấu' })).toBeVisible();
});

test('an element whose markup lacks a part it needs fails with a named ElementError', async ({ page }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(LESSON);
  // hvs-menu-toggle is defined on every page; this copy has no button.
  await page.evaluate(() => document.body.append(document.createElement('hvs-menu-toggle')));
  await expect.poll(() => errors.map((error) => `${error.name}: ${error.message}`)).toEqual(['ElementError: hvs-menu-toggle: button[aria-controls] not found']);
});
