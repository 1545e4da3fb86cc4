import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { readFileSync, readdirSync } from 'node:fs';
import { basePath, watchPage } from '../support/site';
import { axe, axeViolations } from '../support/axe';

const SITE = 'https://anbinh.example.gov.vn';
const ward = parse(readFileSync('content/wards/mau/ward.yaml', 'utf8')) as { helpDesk: { hours: string[] } };

/** Decodes the QR code with the given accessible name. */
async function qrText(page: Page, name: string) {
  const png = PNG.sync.read(await page.getByRole('img', { name }).first().screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function printedPages(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return (await PDFDocument.load(await page.pdf({ format: 'A4' }))).getPageCount();
}

test('a lesson poster: its title, three steps and a QR code to the lesson, on one A4 page', async ({ page }, testInfo) => {
  await page.goto('tai-lieu/ap-phich/thanh-toan-khong-dung-tien-mat/tra-tien-bang-ma-qr/');
  const poster = page.locator('.hvs-poster');
  await expect(poster.getByRole('heading', { level: 2 })).toHaveText('Trả tiền bằng mã QR');
  await expect(poster.locator('ol > li')).toHaveCount(3);
  expect(await qrText(page, 'Mã QR mở bài học này')).toBe(`${SITE}${basePath(testInfo)}khoa-hoc/thanh-toan-khong-dung-tien-mat/tra-tien-bang-ma-qr/`);
  expect(await printedPages(page)).toBe(1);
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
});

test('every lesson poster prints on a single A4 page', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const course of readdirSync('content/courses')) {
    for (const file of readdirSync(`content/courses/${course}`).filter((name) => name.endsWith('.mdx'))) {
      await page.goto(`tai-lieu/ap-phich/${course}/${file.replace(/\.mdx$/, '')}/`);
      expect((await PDFDocument.load(await page.pdf({ format: 'A4' }))).getPageCount(), `${course}/${file}`).toBe(1);
    }
  }
});

test('the campaign poster carries the help desk hours from the ward file and a QR code to the site', async ({ page }, testInfo) => {
  await page.goto('tai-lieu/ap-phich-phong-trao/');
  for (const line of ward.helpDesk.hours) await expect(page.locator('.hvs-poster')).toContainText(line);
  expect(await qrText(page, 'Mã QR mở trang Bình dân học vụ số')).toBe(`${SITE}${basePath(testInfo)}`);
  expect(await printedPages(page)).toBe(1);
});

test('a course booklet: a cover with contents and QR code, then each lesson on new pages', async ({ page }, testInfo) => {
  const course = 'thanh-toan-khong-dung-tien-mat';
  const lessons = readdirSync(`content/courses/${course}`).filter((name) => name.endsWith('.mdx'));
  await page.goto(`tai-lieu/so-tay/${course}/`);
  await expect(page.locator('[data-contents] li')).toHaveCount(lessons.length);
  await expect(page.locator('.hvs-booklet-lesson')).toHaveCount(lessons.length);
  expect(await qrText(page, 'Mã QR mở khóa học này')).toBe(`${SITE}${basePath(testInfo)}khoa-hoc/${course}/`);
  expect(await printedPages(page)).toBeGreaterThanOrEqual(lessons.length + 1);
});

test('the stall sign shows the shop name typed on the page, sends nothing, and prints on one page', async ({ page }, testInfo) => {
  const problems = watchPage(page, testInfo);
  await page.goto('tai-lieu/bien-quet-ma/');
  // Whatever the browser fetches on its own (an icon), nothing carries what was typed.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${decodeURIComponent(request.url())} ${request.postData() ?? ''}`));
  await page.getByLabel('Tên cửa hàng').fill('Rau sạch cô Lan');
  await expect(page.locator('[data-shop-name]')).toHaveText('Rau sạch cô Lan');
  expect(requests.filter((request) => !request.startsWith('GET ') || request.includes('Rau sạch'))).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Tên cửa hàng')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Quét mã để thanh toán' })).toBeVisible();
  expect(await printedPages(page)).toBe(1);
  expect(problems).toEqual([]);
});

test('the materials page lists everything and filters by course and type', async ({ page }) => {
  await page.goto('tai-lieu/');
  const items = page.locator('li[data-type]');
  const all = await items.count();
  expect(all).toBeGreaterThan(70);
  await page.getByLabel('Theo khóa học').selectOption({ label: 'Chợ số 4T: Tiểu thương, Thương mại điện tử, Thanh toán không dùng tiền mặt, Tiết kiệm số' });
  await page.getByLabel('Theo loại tài liệu').selectOption({ label: 'Áp phích' });
  const shown = page.locator('li[data-type]:visible');
  const lessons = readdirSync('content/courses/cho-so-4t').filter((name) => name.endsWith('.mdx')).length;
  // The lesson posters of the course, and the campaign poster that serves every course.
  await expect(shown).toHaveCount(lessons + 1);
  await expect(page.getByRole('status')).toHaveText(`Đang hiện ${lessons + 1} tài liệu.`);
  await page.getByLabel('Theo loại tài liệu').selectOption({ label: 'Biển bán hàng' });
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText('Quét mã để thanh toán');
});

test.describe("the digital ambassador's notebook", () => {
  const mentees = ['Bà Lan tổ 7', 'Ông Tư', 'Cô Hoa', 'Chú Minh', 'Bác Nam'];

  test('keeps mentees and lessons on the device only, counts to five, moves by file and prints a summary', async ({ page, browser }, testInfo) => {
    const problems = watchPage(page, testInfo);
    await page.goto('tai-lieu/dai-su-so/');
    await expect(page.getByText('chỉ lưu trên máy này, không gửi đi đâu')).toBeVisible();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${decodeURIComponent(request.url())} ${request.postData() ?? ''}`));
    const name = page.getByLabel('Tên gọi hoặc biệt danh của người học');
    for (const mentee of mentees.slice(0, 4)) {
      await name.fill(mentee);
      await name.press('Enter');
      await expect(page.getByRole('status')).toHaveText(`Đã thêm ${mentee}.`);
    }
    await expect(page.getByText('Bạn đang kèm 4/5 người học.')).toBeVisible();
    await name.fill('bà lan tổ 7');
    await name.press('Enter');
    await expect(page.getByRole('status')).toContainText('Tên này đã có trong sổ.');
    await name.fill(mentees[4] ?? '');
    await page.getByRole('button', { name: 'Thêm người học' }).click();
    await expect(page.getByText('Bạn đang kèm 5 người học: đã đủ 5 người theo kế hoạch.')).toBeVisible();

    await page.getByText('Bà Lan tổ 7: đã học 0 bài').click();
    await page.getByRole('checkbox', { name: 'Nhận biết cuộc gọi giả danh công an' }).first().check();
    await page.getByRole('checkbox', { name: 'Trả tiền bằng mã QR' }).first().check();
    await expect(page.getByText('Bà Lan tổ 7: đã học 2 bài')).toBeVisible();
    expect(requests.filter((request) => !request.startsWith('GET ') || /Lan|Tư|Hoa|Minh|Nam/.test(request))).toEqual([]);

    await page.reload();
    await expect(page.getByText('Bà Lan tổ 7: đã học 2 bài')).toBeVisible();
    expect(await axeViolations(axe(page))).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const summary = page.locator('[data-summary]');
    await expect(summary).toBeVisible();
    await expect(summary.locator('tbody tr')).toHaveCount(5);
    await expect(summary.locator('tbody tr').first()).toContainText('Bà Lan tổ 7');
    await expect(summary.locator('tbody tr').first()).toContainText('Trả tiền bằng mã QR');
    await expect(page.getByLabel('Tên gọi hoặc biệt danh của người học')).toBeHidden();
    expect((await PDFDocument.load(await page.pdf({ format: 'A4' }))).getPageCount()).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu sổ thành tệp' }).click()]);
    const file = await download.path();
    const other = await browser.newContext({ baseURL: String(testInfo.project.use.baseURL) });
    const fresh = await other.newPage();
    await fresh.goto('tai-lieu/dai-su-so/');
    await expect(fresh.getByText('Bạn đang kèm 0/5 người học.')).toBeVisible();
    const input = fresh.locator('input[type="file"]');
    await input.setInputFiles({ name: 'la.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"binh-dan-hoc-vu-so","version":1,"done":{}}') });
    await expect(fresh.getByRole('status')).toHaveText('Đây không phải tệp sổ của Đại sứ số. Sổ trên máy vẫn giữ nguyên.');
    await input.setInputFiles(file);
    await expect(fresh.getByRole('status')).toHaveText('Đã mở sổ: 5 người học.');
    await expect(fresh.getByText('Bà Lan tổ 7: đã học 2 bài')).toBeVisible();
    await other.close();
    expect(problems).toEqual([]);
  });

  test('without JavaScript it prints a blank form to fill in by hand', async ({ browser }, testInfo) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: String(testInfo.project.use.baseURL) });
    const page = await context.newPage();
    await page.goto('tai-lieu/dai-su-so/');
    await expect(page.getByText('Sổ theo dõi cần trình duyệt bật JavaScript')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-summary] tbody tr')).toHaveCount(5);
    await context.close();
  });
});
