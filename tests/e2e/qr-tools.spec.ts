import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { stallPayload, type StallDetails } from '../../src/lib/vietqr';
import { filesCache } from '../../src/lib/offline';
import { STALL_KEY } from '../../src/lib/stall';
import { controlled, missingImports, storedIn } from '../support/offline';
import { basePath, watchPage } from '../support/site';

const SIGN = 'tai-lieu/bien-quet-ma/';
const CHECK = 'tai-lieu/kiem-tra-ma-qr/';
const MINE: StallDetails = { bin: '970436', account: '0071000012345', holder: 'NGUYEN THI LAN' };
const OTHER: StallDetails = { bin: '970422', account: '9999888877', holder: 'KE GIAN' };

/** Reads the QR code in a PNG screenshot with jsQR, outside the page. */
function decodePng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** Pages in a PDF and the size of the first, in points. */
function pdfPages(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
  return { count: (text.match(/\/Type\s*\/Page\b/g) ?? []).length, width: Number(box?.[1]), height: Number(box?.[2]) };
}

async function makeCode(page: Page) {
  await page.getByLabel('Tên cửa hàng').fill('Rau sạch cô Lan');
  await page.getByLabel('Tìm ngân hàng').fill('vcb');
  await page.getByLabel('Ngân hàng nhận tiền').selectOption('970436');
  await page.getByLabel('Số tài khoản').fill('0071 000 012345');
  await page.getByLabel('Tên chủ tài khoản (in dưới mã)').fill('Nguyen Thi Lan');
  await page.getByLabel('Lưu thông tin trên máy này để kiểm tra mã mỗi sáng').check();
  await page.getByRole('button', { name: 'Tạo mã QR' }).click();
  await expect(page.locator('[data-qr-image] svg')).toBeVisible();
}

test('the trader makes a VietQR that decodes to their account, printed on one A4 sheet or one A6 card @root-only', async ({ page }, testInfo) => {
  const problems = watchPage(page, testInfo);
  await page.goto(SIGN);
  await page.getByRole('button', { name: 'Tạo mã QR' }).click();
  await expect(page.getByRole('alert')).toHaveText('Chọn ngân hàng nhận tiền.');
  await makeCode(page);
  await expect(page.locator('[data-qr-account]')).toHaveText('Số tài khoản: 0071000012345');
  await expect(page.locator('[data-qr-holder]')).toHaveText('Chủ tài khoản: NGUYEN THI LAN');
  const expected = stallPayload({ ...MINE });
  expect(decodePng(await page.locator('[data-qr-image]').screenshot())).toBe(expected);
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').account, STALL_KEY)).toBe('0071000012345');

  await page.emulateMedia({ media: 'print' });
  const a4 = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(a4.count).toBe(1);
  expect(Math.round(a4.width)).toBe(595);
  expect(decodePng(await page.locator('[data-qr-image]').screenshot())).toBe(expected);
  // At least 9 cm across on paper (96 CSS px per inch), to be read from a metre.
  expect(((await page.locator('[data-qr-image]').boundingBox())?.width ?? 0) * 25.4 / 96).toBeGreaterThan(90);

  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Thẻ nhỏ A6 đặt trên quầy').check();
  await page.emulateMedia({ media: 'print' });
  const a6 = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(a6).toMatchObject({ count: 1 });
  expect(Math.round(a6.width)).toBe(298);
  expect(decodePng(await page.locator('[data-qr-image]').screenshot())).toBe(expected);
  await page.emulateMedia({ media: 'screen' });

  // The details come back on the next visit, and "clear" removes them from this device.
  await page.reload();
  await expect(page.getByLabel('Số tài khoản')).toHaveValue('0071000012345');
  await expect(page.locator('[data-qr-image] svg')).toBeVisible();
  await page.getByRole('button', { name: 'Xóa thông tin đã lưu' }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), STALL_KEY)).toBeNull();
  await expect(page.getByLabel('Số tài khoản')).toHaveValue('');
  expect(problems).toEqual([]);
});

async function photoOf(text: string, dir: string, name: string) {
  const file = join(dir, name);
  writeFileSync(file, await QRCode.toBuffer(text, { width: 400, margin: 4 }));
  return file;
}

test('a photo of a code reaches a verdict: the trader\'s own, another account, a link @root-only', async ({ page }, testInfo) => {
  const problems = watchPage(page, testInfo);
  const dir = mkdtempSync(join(tmpdir(), 'hvs-qr-'));
  await page.goto(CHECK);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STALL_KEY, JSON.stringify(MINE)] as const);
  await page.reload();
  const result = page.locator('[data-result]');
  const photo = page.getByLabel('Chọn ảnh có mã QR');

  await photo.setInputFiles(await photoOf(stallPayload({ ...MINE, amount: '20000' }), dir, 'mine.png'));
  await expect(result).toContainText('Đúng mã của bạn');
  await expect(result).toContainText('Số tài khoản: 0071000012345');
  await expect(result).toContainText('Vietcombank');
  await expect(result).toContainText('20.000 đồng');
  await expect(result).toContainText('không chứa tên chủ tài khoản');

  await photo.setInputFiles(await photoOf(stallPayload(OTHER), dir, 'other.png'));
  await expect(result).toContainText('KHÔNG PHẢI mã của bạn: có thể đã bị dán đè');
  await expect(result).toContainText('Số tài khoản: 9999888877');

  await photo.setInputFiles(await photoOf('http://vietcombank-hoantien.top/nhan.apk', dir, 'link.png'));
  await expect(result).toContainText('Trang thật thuộc tên miền: vietcombank-hoantien.top');
  await expect(result).toContainText('đuôi lạ');
  expect(problems).toEqual([]);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the check page reads a photo offline, its decoder included', async ({ page, context }, testInfo) => {
    const problems = watchPage(page, testInfo);
    const dir = mkdtempSync(join(tmpdir(), 'hvs-qr-'));
    await page.goto(CHECK);
    await controlled(page);
    // The worker stores the page with the modules its scripts load, the decoder among them, unused so far.
    const files = filesCache(basePath(testInfo));
    await expect.poll(async () => (await storedIn(page, files)).some((url) => /\/qr-reader\.[^/]+\.js$/.test(url)), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => missingImports(page, files), { timeout: 15_000 }).toEqual([]);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra mã QR');
    await page.getByLabel('Chọn ảnh có mã QR').setInputFiles(await photoOf(stallPayload(OTHER), dir, 'other.png'));
    await expect(page.locator('[data-result]')).toContainText('Số tài khoản: 9999888877');
    await expect(page.locator('[data-result]')).toContainText('MB Bank');
    await context.setOffline(false);
    expect(problems).toEqual([]);
  });
});

/** Presses Tab until the focused element's accessible text matches, as a keyboard user moves on. */
async function tabTo(page: Page, name: RegExp) {
  for (let step = 0; step < 30; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return `${element?.innerText ?? ''} ${element?.getAttribute('aria-label') ?? ''} ${element?.closest('label')?.innerText ?? ''}`;
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('both tools work from the keyboard alone @root-only', async ({ page }, testInfo) => {
  const problems = watchPage(page, testInfo);
  await page.goto(SIGN);
  await page.getByLabel('Tên cửa hàng').focus();
  await page.keyboard.type('Rau sạch cô Lan');
  await page.keyboard.press('Tab');
  await page.keyboard.type('vcb');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Ngân hàng nhận tiền')).toHaveValue('970436');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0071000012345');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nguyen Thi Lan');
  await tabTo(page, /Tạo mã QR/);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-qr-image] svg')).toBeVisible();
  expect(decodePng(await page.locator('[data-qr-image]').screenshot())).toBe(stallPayload({ ...MINE }));

  const dir = mkdtempSync(join(tmpdir(), 'hvs-qr-keys-'));
  await page.goto(CHECK);
  await tabTo(page, /Chọn ảnh có mã QR/);
  // The photo control is a native file input, reached by Tab; the browser's own file
  // dialog (opened by Space or Enter) is not part of the page, so the file is handed over directly.
  const photo = page.getByLabel('Chọn ảnh có mã QR');
  await expect(photo).toBeFocused();
  await photo.setInputFiles(await photoOf(stallPayload(OTHER), dir, 'other.png'));
  // The verdict takes focus, so a keyboard or screen reader user is taken to it.
  const result = page.locator('[data-result]');
  await expect(result).toContainText('Số tài khoản: 9999888877');
  await expect(result).toBeFocused();
  expect(problems).toEqual([]);
});

test('the practice page leads to both tools', async ({ page }, testInfo) => {
  const problems = watchPage(page, testInfo);
  await page.goto('thuc-hanh/');
  await page.getByRole('link', { name: 'Kiểm tra một mã QR' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra mã QR');
  await page.goBack();
  await page.getByRole('link', { name: 'Tạo mã QR cho sạp hàng' }).click();
  await expect(page).toHaveURL(new RegExp(`${SIGN}$`));
  expect(problems).toEqual([]);
});

test('without JavaScript the check page explains how to check with the bank app @root-only', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: String(testInfo.project.use.baseURL) });
  const page = await context.newPage();
  await page.goto(CHECK);
  await expect(page.getByRole('heading', { name: 'Kiểm tra bằng ứng dụng ngân hàng' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mở máy ảnh để quét mã' })).toBeHidden();
  await context.close();
});

/** A YUV4MPEG2 (4:2:0) video of one still picture: Chromium's fake camera plays it in a loop. */
function y4mOf(png: Buffer): string {
  const image = PNG.sync.read(png);
  const [width, height] = [640, 480];
  const luma = Buffer.alloc(width * height, 255);
  const left = (width - image.width) >> 1;
  const top = (height - image.height) >> 1;
  for (let y = 0; y < image.height; y += 1)
    for (let x = 0; x < image.width; x += 1) luma[(top + y) * width + left + x] = image.data[(y * image.width + x) * 4] ?? 255;
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const file = join(mkdtempSync(join(tmpdir(), 'hvs-cam-')), 'qr.y4m');
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
  return file;
}

test.describe('with a camera', () => {
  let video = '';
  test.beforeAll(async () => {
    video = y4mOf(await QRCode.toBuffer(stallPayload(OTHER), { width: 400, margin: 4 }));
  });

  test('the camera is asked for only on the button, and a filmed code reaches the verdict @root-only', async ({ playwright }, testInfo) => {
    const config = testInfo.project.use.launchOptions ?? {};
    const browser = await playwright.chromium.launch({
      ...config,
      args: [...(config.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
    const context = await browser.newContext({ baseURL: String(testInfo.project.use.baseURL), permissions: ['camera'] });
    const page = await context.newPage();
    const problems = watchPage(page, testInfo);
    await page.goto(CHECK);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STALL_KEY, JSON.stringify(MINE)] as const);
    await page.reload();
    expect(await page.evaluate(() => document.querySelector('video')?.srcObject ?? null)).toBeNull();
    await page.getByRole('button', { name: 'Mở máy ảnh để quét mã' }).click();
    const result = page.locator('[data-result]');
    await expect(result).toContainText('KHÔNG PHẢI mã của bạn', { timeout: 15_000 });
    await expect(result).toContainText('Số tài khoản: 9999888877');
    // Having read the code, the page lets go of the camera.
    await expect(page.locator('video')).toBeHidden();
    expect(problems).toEqual([]);
    await browser.close();
  });
});
