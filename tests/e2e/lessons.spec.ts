import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { watchPage } from '../support/site';
import { axe, axeViolations } from '../support/axe';

const SCAM = 'khoa-hoc/an-toan-tren-mang/cuoc-goi-gia-danh-cong-an/';
const QR = 'khoa-hoc/thanh-toan-khong-dung-tien-mat/tra-tien-bang-ma-qr/';

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

for (const path of [SCAM, QR]) {
  test(`${path} is complete and readable with JavaScript off`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ baseURL: String(testInfo.project.use.baseURL), javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(main.getByText('Sau bài này, bạn có thể:')).toBeVisible();
    await expect(main.getByText(/Khoảng \d+ phút/).first()).toBeVisible();
    // Every lesson component renders as plain HTML.
    expect(await main.locator('ol.hvs-steps > li').count()).toBeGreaterThanOrEqual(3);
    // Callouts are notes that start with their label, never landmarks (a page may hold several of each).
    for (const label of ['Mẹo', 'Cẩn thận', 'Ghi nhớ']) await expect(main.getByRole('note').filter({ has: page.getByText(label, { exact: true }) }).first()).toBeVisible();
    await expect(main.getByRole('complementary')).toHaveCount(0);
    const figure = main.locator('figure img').first();
    await expect(figure).toHaveAttribute('alt', /\S/);
    await expect(figure).toHaveAttribute('width', /\d+/);
    await expect(figure).toHaveAttribute('height', /\d+/);
    await expect(main.locator('video track[kind="captions"][srclang="vi"]')).toHaveCount(1);
    // The video shows a drawing before it plays, not a black box reading "0:00".
    const poster = await main.locator('video').getAttribute('poster');
    expect(poster).toMatch(/\.svg$/);
    const posterResponse = await page.request.get(new URL(poster ?? '', page.url()).href);
    expect(posterResponse.status()).toBe(200);
    expect(posterResponse.headers()['content-type']).toContain('image/svg');
    await main.getByText('Xem bản chữ của video').click();
    await expect(main.locator('video + details')).toHaveAttribute('open', '');
    await expect(main.getByRole('heading', { name: 'Tóm tắt dễ đọc' })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Nguồn' })).toBeVisible();
    await expect(main.getByText(/Kiểm tra lần cuối: \d{1,2}\/\d{1,2}\/\d{4}/)).toBeVisible();
    // The code would open the page already open: it is printed, not shown.
    await expect(main.getByRole('img', { name: 'Mã QR mở bài học này' })).toBeHidden();
    // The quiz still lets a learner check an answer.
    const firstQuestion = main.locator('hvs-quiz li').first();
    await firstQuestion.getByText('Xem đáp án').click();
    await expect(firstQuestion.getByText('Đáp án đúng:')).toBeVisible();
    await expect(firstQuestion.getByRole('button', { name: 'Kiểm tra' })).toBeHidden();
    // The teaching guide is folded away; scripts-only controls are not offered.
    await expect(main.getByText('Dành cho người hướng dẫn')).toBeVisible();
    await expect(main.getByText('Cách dạy')).toBeHidden();
    await expect(main.getByRole('button', { name: 'Đánh dấu đã học xong' })).toBeHidden();
    await expect(main.getByRole('button', { name: 'Đọc to bài này' })).toBeHidden();
    await context.close();
  });
}

test('a lesson shares by plain links, and describes itself as a LearningResource in a Course', async ({ page }) => {
  await page.goto(SCAM);
  const url = await canonical(page);
  const share = page.getByRole('navigation', { name: 'Gửi bài này cho người thân' });
  await expect(share.getByRole('link', { name: 'Chia sẻ qua Zalo' })).toHaveAttribute('href', `https://zalo.me/share?url=${encodeURIComponent(url ?? '')}`);
  await expect(share.getByRole('link', { name: 'Chia sẻ qua Facebook' })).toHaveAttribute(
    'href',
    `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url ?? '')}`,
  );
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
  expect(data['@type']).toBe('LearningResource');
  expect(data['url']).toBe(url);
  expect((data['isPartOf'] as Record<string, unknown>)['@type']).toBe('Course');
  expect((data['isPartOf'] as Record<string, unknown>)['name']).toBe('An toàn trên mạng');
});

test('the QR code decodes to the lesson address', async ({ page }) => {
  await page.goto(QR);
  await page.emulateMedia({ media: 'print' });
  const code = page.getByRole('img', { name: 'Mã QR mở bài học này' });
  const png = PNG.sync.read(await code.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(await canonical(page));
});

test('the quiz grades a choice when the learner presses Kiểm tra, and announces it', async ({ page }, testInfo) => {
  const problems = watchPage(page, testInfo);
  await page.goto(SCAM);
  const question = page.locator('hvs-quiz li').first();
  const status = question.getByRole('status');
  const check = question.getByRole('button', { name: 'Kiểm tra' });
  await check.click();
  await expect(status).toHaveText('Bạn chọn một câu trả lời trước, rồi bấm Kiểm tra.');
  const answer = (await question.locator('fieldset').getAttribute('data-answer')) ?? '0';
  const wrong = answer === '0' ? '1' : '0';
  await question.locator(`input[value="${wrong}"]`).check();
  await expect(status).toBeEmpty();
  await check.click();
  await expect(status).toContainText('Chưa đúng.');
  await question.locator(`input[value="${answer}"]`).check();
  // The old verdict goes as soon as the choice changes.
  await expect(status).toBeEmpty();
  await check.click();
  await expect(status).toContainText('Đúng rồi!');
  expect(problems).toEqual([]);
});

test('arrow keys move through the quiz options without grading; confirming grades once', async ({ page }) => {
  await page.goto(SCAM);
  const question = page.locator('hvs-quiz li').first();
  const status = question.getByRole('status');
  const radios = question.locator('input[type="radio"]');
  const count = await radios.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await radios.first().focus();
  await page.keyboard.press('Space');
  await expect(status).toBeEmpty();
  for (let index = 1; index < count; index += 1) {
    await page.keyboard.press('ArrowDown');
    await expect(radios.nth(index)).toBeChecked();
    await expect(status).toBeEmpty();
  }
  // Enter on the chosen option confirms it, as the button does.
  await page.keyboard.press('Enter');
  const answer = Number((await question.locator('fieldset').getAttribute('data-answer')) ?? '0');
  const verdict = answer === count - 1 ? 'Đúng rồi!' : 'Chưa đúng.';
  await expect(status).toContainText(verdict);
  const text = (await status.textContent()) ?? '';
  expect(text.split(verdict).length - 1).toBe(1);
  expect(text.split(/Đúng rồi!|Chưa đúng\./).length - 1).toBe(1);
  // The button is next in the tab order and grades the same choice.
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Kiểm tra' })).toBeFocused();
});

test('keyboard only: answer a question and mark the lesson finished', async ({ page }) => {
  await page.goto(QR);
  const firstRadio = page.locator('hvs-quiz input[type="radio"]').first();
  await firstRadio.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('hvs-quiz li').first().getByRole('status')).toBeEmpty();
  await page.keyboard.press('Tab');
  await expect(page.locator('hvs-quiz li').first().getByRole('button', { name: 'Kiểm tra' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('hvs-quiz li').first().getByRole('status')).not.toBeEmpty();
  const mark = page.getByRole('button', { name: 'Đánh dấu đã học xong' });
  await mark.focus();
  await expect(mark).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Bạn đã học xong bài này.').first()).toBeVisible();
});

test('after "Đánh dấu đã học xong" the next lesson is the next thing on screen, said once, and undoing is secondary', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => localStorage.setItem('hvs:reading', JSON.stringify({ textSize: 'largest' })));
  await page.goto(SCAM);
  const box = page.locator('hvs-lesson-progress');
  const nextLink = box.getByRole('link', { name: /^Bài tiếp theo: / });
  await expect(nextLink).toBeHidden();
  await box.getByRole('button', { name: 'Đánh dấu đã học xong' }).click();
  await expect(nextLink).toBeVisible();
  await expect(box.getByRole('status')).toHaveText('Bạn đã học xong bài này.');
  // Seen once: the state line shows it; the status only speaks it.
  const shown = await box.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('p, a, button')]
      .filter((part) => !part.matches('[role="status"]') && !part.querySelector('[role="status"]'))
      .map((part) => part.innerText)
      .join('\n'),
  );
  expect(shown.split('Bạn đã học xong bài này').length - 1).toBe(1);
  // Directly under the state line, before anything else, and on the same screen.
  const state = await box.locator('[data-state]').boundingBox();
  const next = await nextLink.boundingBox();
  const undo = box.getByRole('button', { name: 'Bỏ đánh dấu' });
  const undoBox = await undo.boundingBox();
  if (!state || !next || !undoBox) throw new Error('progress box not laid out');
  expect(next.y).toBeGreaterThan(state.y);
  expect(undoBox.y).toBeGreaterThan(next.y);
  expect(next.y + next.height - state.y).toBeLessThan(844);
  // The way on is the filled, brand-coloured control; undoing has no fill.
  const fill = (locator: typeof undo) => locator.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await fill(nextLink)).toBe('rgb(138, 28, 28)');
  expect(await fill(undo)).toBe('rgba(0, 0, 0, 0)');
  await nextLink.click();
  await expect(page).toHaveURL(/khoa-hoc\/an-toan-tren-mang\/[a-z0-9-]+\/$/);
  await expect(page).not.toHaveURL(new RegExp(SCAM));
});

test('source addresses and the lesson\'s QR code show only on paper; source titles stay links', async ({ page }) => {
  await page.goto(SCAM);
  const sources = page.locator('section[aria-labelledby="nguon"]');
  const firstSource = sources.getByRole('listitem').first();
  const href = await firstSource.getByRole('link').getAttribute('href');
  expect(href).toMatch(/^https:\/\//);
  await expect(firstSource.getByText(href ?? '', { exact: true })).toBeHidden();
  await expect(page.getByRole('img', { name: 'Mã QR mở bài học này' })).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(firstSource.getByText(href ?? '', { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Mã QR mở bài học này' })).toBeVisible();
});

test('finishing a lesson survives a reload and shows on the course page and in my learning', async ({ page }) => {
  await page.goto(SCAM);
  await page.getByRole('button', { name: 'Đánh dấu đã học xong' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bạn đã học xong bài này' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Bỏ đánh dấu' })).toBeVisible();

  await page.goto('khoa-hoc/an-toan-tren-mang/');
  await expect(page.getByText(/Bạn đã học xong 1 trên \d+ bài/)).toBeVisible();
  await expect(page.locator('[data-lesson="an-toan-tren-mang/cuoc-goi-gia-danh-cong-an"]').getByText('Đã học xong')).toBeVisible();

  await page.goto('hoc-tap-cua-toi/');
  const course = page.locator('section[data-course="an-toan-tren-mang"]');
  await expect(course.getByText(/Bạn đã học xong 1 trên \d+ bài/)).toBeVisible();
  const other = page.locator('section[data-course="thanh-toan-khong-dung-tien-mat"]');
  await expect(other.getByText(/Bạn đã học xong 0 trên \d+ bài/)).toBeVisible();
});

test('my learning continues from the last lesson opened', async ({ page }) => {
  await page.goto(QR);
  await page.goto('hoc-tap-cua-toi/');
  const resume = page.locator('[data-last]');
  await expect(resume.getByRole('link')).toHaveText('Trả tiền bằng mã QR');
  await resume.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trả tiền bằng mã QR');
});

test('progress moves to another device as a file; a damaged or foreign file changes nothing', async ({ page, browser }, testInfo) => {
  await page.goto(SCAM);
  await page.getByRole('button', { name: 'Đánh dấu đã học xong' }).click();
  await page.goto('hoc-tap-cua-toi/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu tiến độ ra tệp' }).click()]);
  const file = await download.path();

  const other = await browser.newContext({ baseURL: String(testInfo.project.use.baseURL) });
  const phone = await other.newPage();
  await phone.goto('hoc-tap-cua-toi/');
  await expect(phone.getByText('Bạn chưa đánh dấu bài nào.')).toBeVisible();
  const input = phone.locator('input[type="file"]');
  await input.setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{hỏng') });
  await expect(phone.getByRole('status').filter({ hasText: 'bị hỏng' })).toBeVisible();
  await input.setInputFiles({ name: 'la.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"khac","done":{}}') });
  await expect(phone.getByRole('status').filter({ hasText: 'không phải tệp tiến độ' })).toBeVisible();
  await expect(phone.locator('section[data-course="an-toan-tren-mang"]').getByText(/Bạn đã học xong 0 trên/)).toBeVisible();

  await input.setInputFiles(file);
  await expect(phone.getByRole('status').filter({ hasText: 'Đã mở tiến độ từ tệp: 1 bài' })).toBeVisible();
  await expect(phone.locator('section[data-course="an-toan-tren-mang"]').getByText(/Bạn đã học xong 1 trên/)).toBeVisible();

  phone.once('dialog', (dialog) => void dialog.accept());
  await phone.getByRole('button', { name: 'Xóa tiến độ trên máy này' }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'Đã xóa tiến độ' })).toBeVisible();
  await expect(phone.locator('section[data-course="an-toan-tren-mang"]').getByText(/Bạn đã học xong 0 trên/)).toBeVisible();
  await other.close();
});

test('a finished course gives a certificate with the typed name that prints on one page', async ({ page }) => {
  await page.goto('hoc-tap-cua-toi/chung-nhan/?khoa=an-toan-tren-mang');
  await expect(page.getByRole('status')).toContainText('Bạn chưa học xong khóa này');
  // Finish the last lesson by hand, the others as if learnt earlier on this device.
  await page.goto('khoa-hoc/an-toan-tren-mang/');
  const ids = JSON.parse((await page.locator('hvs-course-progress').getAttribute('data-lessons')) ?? '[]') as string[];
  expect(ids.length).toBeGreaterThan(1);
  await page.evaluate((earlier) => {
    localStorage.setItem('hvs:progress', JSON.stringify({ done: Object.fromEntries(earlier.map((id) => [id, '2026-11-20'])) }));
  }, ids.slice(0, -1));
  await page.goto(`khoa-hoc/${ids.at(-1)}/`);
  await page.getByRole('button', { name: 'Đánh dấu đã học xong' }).click();
  await page.goto('hoc-tap-cua-toi/');
  await page.locator('section[data-course="an-toan-tren-mang"]').getByRole('link', { name: 'Xem giấy chứng nhận' }).click();
  await page.getByLabel(/Tên của bạn/).fill('Nguyễn Thị Lan');
  await page.getByRole('button', { name: 'Hiện giấy chứng nhận' }).click();
  const certificate = page.locator('[data-certificate]');
  await expect(certificate).toContainText('Nguyễn Thị Lan');
  await expect(certificate).toContainText('An toàn trên mạng');
  await expect(certificate).toContainText(`đã học xong ${ids.length} bài`);
  await expect(certificate).toContainText('Giấy chứng nhận hoàn thành khóa học');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'In giấy chứng nhận' })).toBeHidden();
  const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pdf.getPageCount()).toBe(1);
});

test('a lesson prints as a clean A4 handout with its QR code and no navigation', async ({ page }) => {
  await page.goto(SCAM);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('img', { name: 'Mã QR mở bài học này' })).toBeVisible();
  await expect(page.locator('ol.hvs-steps').first()).toBeVisible();
  await expect(page.locator('hvs-quiz')).toBeHidden();
  expect(await axeViolations(axe(page))).toEqual([]);
  const pdf = await PDFDocument.load(await page.pdf({ format: 'A4' }));
  expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
  // Body text at 12 pt (issue 21), the scam first-aid block and the fake-police money, video-call and
  // screen-sharing signs (fact-check 12/2026) make this, the longest safety lesson, six pages;
  // a page more would mean something printed that should not (navigation, the quiz, a blank page).
  expect(pdf.getPageCount()).toBeLessThanOrEqual(6);
});

test('in high contrast the quiz\'s radio buttons are clear rings, and a chosen one is filled', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('hvs:reading', JSON.stringify({ highContrast: true })));
  await page.goto(QR);
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  const radios = page.locator('hvs-quiz input[type="radio"]');
  await radios.nth(1).check();
  const look = (index: number) =>
    radios.nth(index).evaluate((radio) => {
      const style = getComputedStyle(radio);
      return { ring: style.borderTopColor, width: parseFloat(style.borderTopWidth), fill: style.backgroundColor, page: getComputedStyle(document.body).backgroundColor };
    });
  const [unchecked, checked] = [await look(0), await look(1)];
  // A white ring, 3 px wide, on the black page; the chosen one filled white.
  expect(unchecked).toEqual({ ring: 'rgb(255, 255, 255)', width: 3, fill: 'rgb(0, 0, 0)', page: 'rgb(0, 0, 0)' });
  expect(checked.fill).toBe('rgb(255, 255, 255)');
});

/** A stand-in for the browser's speech synthesis: records utterances and lets the test start one. */
function fakeSpeech(voices: { lang: string; name: string }[]) {
  type Listener = () => void;
  const spoken: { text: string; listeners: Record<string, Listener[]> }[] = [];
  const page = window as unknown as { spoken: typeof spoken; startUtterance: (index: number) => void };
  page.spoken = spoken;
  page.startUtterance = (index) => spoken[index]?.listeners['start']?.forEach((listener) => listener());
  const fake = {
    getVoices: () => voices.map((voice) => ({ ...voice, default: true, localService: true, voiceURI: voice.name })),
    speak: (utterance: { text: string; listeners: Record<string, Listener[]> }) => spoken.push(utterance),
    cancel: () => {},
    pause: () => {},
    resume: () => {},
    addEventListener: () => {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake });
  // A real utterance only accepts a real voice object.
  class FakeUtterance {
    lang = '';
    voice: unknown = null;
    listeners: Record<string, Listener[]> = {};
    constructor(public text: string) {}
    addEventListener(type: string, listener: Listener) {
      (this.listeners[type] ??= []).push(listener);
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance });
}

test('read aloud reads the lesson sentence by sentence, marking the sentence being read, with pause and stop', async ({ page }) => {
  await page.addInitScript(fakeSpeech, [{ lang: 'vi-VN', name: 'Tiếng Việt' }]);
  await page.goto(SCAM);
  const play = page.getByRole('button', { name: 'Đọc to bài này' });
  await expect(play).toBeVisible();
  await expect(page.getByText('Cách thêm giọng đọc tiếng Việt')).toBeHidden();
  await play.click();
  await expect(page.getByRole('button', { name: 'Tạm dừng' })).toBeVisible();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string }[] }).spoken.map((utterance) => utterance.text));
  expect(spoken.length).toBeGreaterThan(3);
  expect(spoken.join(' ')).toContain('Làm theo từng bước');
  // One sentence per utterance, never a run of two.
  expect(spoken.filter((text) => /[.!?]\s+\p{Lu}/u.test(text))).toEqual([]);

  const marked = () => page.evaluate(() => {
    const highlight = CSS.highlights.get('hvs-reading');
    return highlight ? [...highlight].map((range) => range.toString().replace(/\s+/g, ' ').trim()).join(' ') : '';
  });
  expect(await marked()).toBe('');
  await page.evaluate(() => (window as unknown as { startUtterance: (index: number) => void }).startUtterance(0));
  expect(await marked()).toBe(spoken[0]);
  await page.evaluate(() => (window as unknown as { startUtterance: (index: number) => void }).startUtterance(3));
  expect(await marked()).toBe(spoken[3]);
  expect(spoken[3]).not.toBe(spoken[0]);
  // The mark is not colour alone: the highlight underlines the words.
  const rule = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).map((cssRule) => cssRule.cssText).find((text) => text.includes('::highlight(hvs-reading)')),
  );
  expect(rule).toMatch(/text-decoration[^;]*underline/);

  await page.getByRole('button', { name: 'Tạm dừng' }).click();
  await expect(page.getByRole('button', { name: 'Đọc tiếp' })).toBeVisible();
  await page.getByRole('button', { name: 'Dừng đọc' }).click();
  await expect(play).toBeVisible();
  expect(await marked()).toBe('');
});

test('without a Vietnamese voice, read aloud says how to add one on Android and iPhone', async ({ page }) => {
  await page.addInitScript(fakeSpeech, [{ lang: 'en-US', name: 'English' }]);
  await page.goto(SCAM);
  await expect(page.getByRole('button', { name: 'Đọc to bài này' })).toBeHidden();
  const help = page.getByText('Muốn nghe đọc bài? Cách thêm giọng đọc tiếng Việt');
  await expect(help).toBeVisible();
  await help.click();
  await expect(page.getByText(/^Điện thoại Android: mở Cài đặt/)).toBeVisible();
  await expect(page.getByText(/^iPhone: mở Cài đặt, chọn Trợ năng/)).toBeVisible();
});

test('without JavaScript neither the read-aloud buttons nor its help show', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: String(testInfo.project.use.baseURL), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SCAM);
  await expect(page.getByRole('button', { name: 'Đọc to bài này' })).toBeHidden();
  await expect(page.getByText('Cách thêm giọng đọc tiếng Việt')).toBeHidden();
  await context.close();
});

test('learning paths list their lessons in order across courses', async ({ page }) => {
  await page.goto('lo-trinh/');
  await page.getByRole('link', { name: 'Tiểu thương' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiểu thương');
  const lessons = page.locator('[data-lesson] h3');
  // As many as the path file lists, so adding a lesson to the path does not break the test.
  const listed = (parse(readFileSync('content/paths/tieu-thuong.yaml', 'utf8')) as { lessons: string[] }).lessons;
  expect(listed.length).toBeGreaterThan(1);
  await expect(lessons).toHaveCount(listed.length);
  await expect(lessons.first()).toHaveText('Mô hình 4T là gì?');
  // Lessons from different courses, each named with its course.
  await expect(page.locator('[data-lesson]').first()).toContainText('Chợ số 4T');
  await expect(page.locator('[data-lesson]').nth(1)).toContainText('Thanh toán không dùng tiền mặt');
});

test('the course list shows lesson counts and total time', async ({ page }) => {
  await page.goto('khoa-hoc/');
  const course = page.locator('li#an-toan-tren-mang');
  const count = readdirSync('content/courses/an-toan-tren-mang').filter((name) => name.endsWith('.mdx')).length;
  await expect(course).toContainText(new RegExp(`${count} bài, khoảng \\d+ phút`));
  await course.getByRole('link', { name: 'An toàn trên mạng' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An toàn trên mạng');
});

test('"Bắt đầu từ đâu?" leads to the first lesson of a path in two taps, without JavaScript', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: String(testInfo.project.use.baseURL), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('');
  const guide = page.getByRole('region', { name: 'Bắt đầu từ đâu?' });
  await guide.getByText('Tôi buôn bán ở chợ').click();
  const first = guide.locator('details[open]').getByRole('link').first();
  const title = (await first.textContent())?.trim() ?? '';
  expect(title.length).toBeGreaterThan(3);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await context.close();
});
