import { expect, test, type Page } from '@playwright/test';
import { watchPage } from '../support/site';
import { axe, axeViolations } from '../support/axe';

/*
 * The resident's own data: what is stored on the device or read from a file
 * is checked entry by entry, large files are refused by their size, and
 * nothing is said to be saved unless the browser kept it.
 */
const COURSE = 'an-toan-tren-mang';
const APP = 'binh-dan-hoc-vu-so';

const file = (name: string, body: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)) });
const notebook = (mentees: unknown[]) => ({ app: APP, kind: 'mentor', version: 1, mentees });
const mentee = (id: string, name: string, done: string[] = []) => ({ id, name, done });

/** The lessons of the safety course, as the certificate page lists them. */
async function courseLessons(page: Page): Promise<string[]> {
  await page.goto(`hoc-tap-cua-toi/chung-nhan/?khoa=${COURSE}`);
  const ids = JSON.parse((await page.locator(`li[data-course="${COURSE}"]`).getAttribute('data-lessons')) ?? '[]') as string[];
  expect(ids.length).toBeGreaterThan(1);
  return ids;
}

/** Fills this origin's localStorage to the last character, so the next write that grows it fails. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1024 * 1024;
    let index = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`hvs-test-filler-${index}`, 'x'.repeat(size));
        index += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

const setItem = (page: Page, key: string, value: unknown) => page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, typeof value === 'string' ? value : JSON.stringify(value)] as const);
const getItem = async (page: Page, key: string): Promise<unknown> => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? 'null');

test.describe('the certificate and stored dates', () => {
  test('dates that are not days never crash the certificate page @root-only', async ({ page }, testInfo) => {
    const problems = watchPage(page, testInfo);
    const ids = await courseLessons(page);
    const certificate = page.locator('[data-certificate]');

    // The audit's file: every lesson "done" on "hôm qua". Nothing there is a day, so the course is not finished.
    await setItem(page, 'hvs:progress', { done: Object.fromEntries(ids.map((id) => [id, 'hôm qua'])), name: 'Nguyễn Thị Lan' });
    await page.reload();
    await expect(page.getByRole('status')).toHaveText(`Bạn chưa học xong khóa này: còn ${ids.length} bài. Học xong tất cả các bài rồi quay lại đây.`);
    await expect(certificate).toBeHidden();

    // One day that does not exist among real ones: that lesson is not counted.
    await setItem(page, 'hvs:progress', { done: Object.fromEntries(ids.map((id, index) => [id, index === 0 ? '2026-02-30' : '2026-11-20'])), name: 'Nguyễn Thị Lan' });
    await page.reload();
    await expect(page.getByRole('status')).toContainText('còn 1 bài');

    // All real days: the certificate shows the last of them.
    await setItem(page, 'hvs:progress', { done: Object.fromEntries(ids.map((id, index) => [id, index === 1 ? '2026-11-25' : '2026-11-20'])), name: 'Nguyễn Thị Lan' });
    await page.reload();
    await expect(certificate).toContainText('Nguyễn Thị Lan');
    await expect(certificate).toContainText('Ngày 25/11/2026');
    expect(problems).toEqual([]);
  });

  test('a progress file keeps its real days, says what it left out and counts only lessons of the site', async ({ page }, testInfo) => {
    const problems = watchPage(page, testInfo);
    const ids = await courseLessons(page);
    await page.goto('hoc-tap-cua-toi/');
    const done = { ...Object.fromEntries(ids.map((id, index) => [id, index === 0 ? '2026-11-20' : 'hôm qua'])), 'khoa-cu/bai-da-bo': '2026-11-01' };
    await page.locator('input[type="file"]').setInputFiles(file('tien-do.json', { app: APP, version: 1, done }));
    await expect(page.getByRole('status')).toHaveText(
      `Đã mở tiến độ từ tệp: 1 bài đã học xong. Có ${ids.length - 1} mục trong tệp bị ghi sai (ví dụ ngày tháng không đúng) nên được bỏ qua.`,
    );
    await expect(page.locator(`section[data-course="${COURSE}"]`).getByText(/Bạn đã học xong 1 trên/)).toBeVisible();
    await page.goto(`hoc-tap-cua-toi/chung-nhan/?khoa=${COURSE}`);
    await expect(page.getByRole('status')).toContainText(`còn ${ids.length - 1} bài`);

    // Only "hôm qua" everywhere: nothing to load, so the file is called damaged and nothing changes.
    await page.goto('hoc-tap-cua-toi/');
    await page.locator('input[type="file"]').setInputFiles(file('hom-qua.json', { app: APP, version: 1, done: Object.fromEntries(ids.map((id) => [id, 'hôm qua'])) }));
    await expect(page.getByRole('status')).toHaveText('Tệp này bị hỏng hoặc không đọc được. Tiến độ trên máy này vẫn giữ nguyên.');
    const stored = (await getItem(page, 'hvs:progress')) as { done: Record<string, string> };
    expect(Object.keys(stored.done).sort()).toEqual([ids[0], 'khoa-cu/bai-da-bo'].sort());
    expect(problems).toEqual([]);
  });

  test('a stored record of the wrong shape keeps its name and last lesson when a lesson is opened', async ({ page }, testInfo) => {
    const problems = watchPage(page, testInfo);
    const ids = await courseLessons(page);
    await setItem(page, 'hvs:progress', { done: [ids[0]], name: 'Ông Tư', last: ids[0] });
    await page.goto(`khoa-hoc/${ids[1]}/`);
    await expect(page.getByRole('button', { name: 'Đánh dấu đã học xong' })).toBeVisible();
    expect(await getItem(page, 'hvs:progress')).toEqual({ done: {}, name: 'Ông Tư', last: ids[1] });

    // A good record with one bad entry: opening a lesson keeps the good entries.
    await setItem(page, 'hvs:progress', { done: { [ids[0] ?? '']: '2026-11-20', [ids[1] ?? '']: 'hôm qua' }, name: 'Ông Tư' });
    await page.reload();
    await expect(page.getByRole('button', { name: 'Đánh dấu đã học xong' })).toBeVisible();
    expect(await getItem(page, 'hvs:progress')).toEqual({ done: { [ids[0] ?? '']: '2026-11-20' }, name: 'Ông Tư', last: ids[1] });
    expect(problems).toEqual([]);
  });
});

test.describe('files that are too large', () => {
  test('a progress file over 1 MB is refused by its size, with the limit in the message @root-only', async ({ page }) => {
    await page.goto('hoc-tap-cua-toi/');
    const done = Object.fromEntries(Array.from({ length: 40_000 }, (_, index) => [`khoa/bai-${index}`, '2026-11-20']));
    const big = file('lon.json', { app: APP, version: 1, done });
    expect(big.buffer.length).toBeGreaterThan(1024 * 1024);
    await page.locator('input[type="file"]').setInputFiles(big);
    await expect(page.getByRole('status')).toHaveText('Tệp này quá lớn: trang chỉ mở tệp tiến độ không quá 1 MB. Tiến độ trên máy này vẫn giữ nguyên.');
    expect(await getItem(page, 'hvs:progress')).toBeNull();
  });

  test('a notebook over 1 MB or over 500 mentees is refused, and the notebook on the device stays @root-only', async ({ page }) => {
    await page.goto('tai-lieu/dai-su-so/');
    await setItem(page, 'hvs:mentor', { mentees: [mentee('a', 'Bà Lan')] });
    await page.reload();
    const input = page.locator('input[type="file"]');
    const big = file('lon.json', { ...notebook([mentee('b', 'Ông Tư')]), note: 'x'.repeat(1024 * 1024) });
    await input.setInputFiles(big);
    await expect(page.getByRole('status')).toHaveText('Tệp này quá lớn: trang chỉ mở tệp sổ không quá 1 MB. Sổ trên máy vẫn giữ nguyên.');
    const many = file('nhieu.json', notebook(Array.from({ length: 501 }, (_, index) => mentee(`m${index}`, `Người ${index}`))));
    expect(many.buffer.length).toBeLessThan(1024 * 1024);
    await input.setInputFiles(many);
    await expect(page.getByRole('status')).toHaveText('Sổ trong tệp này có hơn 500 người học: trang chỉ mở sổ đến 500 người. Sổ trên máy vẫn giữ nguyên.');
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await getItem(page, 'hvs:mentor')).toEqual({ mentees: [mentee('a', 'Bà Lan')] });
  });
});

test.describe("opening a notebook file over the ambassador's notebook", () => {
  const onDevice = [mentee('a', 'Bà Lan', ['an-toan-tren-mang/cuoc-goi-gia-danh-cong-an']), mentee('b', 'Ông Tư')];
  const inFile = notebook([mentee('x', 'Cô Hoa'), mentee('y', 'bà lan', ['thanh-toan-khong-dung-tien-mat/tra-tien-bang-ma-qr']), mentee('z', 'Chú Minh')]);

  test.beforeEach(async ({ page }) => {
    await page.goto('tai-lieu/dai-su-so/');
    await setItem(page, 'hvs:mentor', { mentees: onDevice });
    await page.reload();
    await expect(page.getByText('Bạn đang kèm 2/5 người học.')).toBeVisible();
  });

  test('asks first; Escape or "Giữ sổ đang có" keeps the notebook, "Thay sổ trên máy" replaces it @root-only', async ({ page }, testInfo) => {
    const problems = watchPage(page, testInfo);
    const input = page.locator('input[type="file"]');
    const dialog = page.getByRole('dialog', { name: 'Mở sổ trong tệp?' });

    await input.setInputFiles(file('so.json', inFile));
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Sổ trong tệp có 3 người học. Sổ trên máy này đang có 2 người học.');
    await expect(dialog.getByRole('button', { name: 'Giữ sổ đang có' })).toBeFocused();
    expect(await axeViolations(axe(page))).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toHaveText('Đã bỏ qua tệp. Sổ trên máy vẫn giữ nguyên.');
    expect(await getItem(page, 'hvs:mentor')).toEqual({ mentees: onDevice });

    await input.setInputFiles(file('so.json', inFile));
    // The file is read before the question opens: keys go to it once it holds the focus.
    await expect(dialog.getByRole('button', { name: 'Giữ sổ đang có' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toHaveText('Đã bỏ qua tệp. Sổ trên máy vẫn giữ nguyên.');
    await expect(page.getByText('Bạn đang kèm 2/5 người học.')).toBeVisible();

    // Keyboard only: Tab to the replacing button.
    await input.setInputFiles(file('so.json', inFile));
    await expect(dialog.getByRole('button', { name: 'Giữ sổ đang có' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Thay sổ trên máy' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Đã mở sổ: 3 người học.');
    await expect(page.getByText('Bạn đang kèm 3/5 người học.')).toBeVisible();
    expect(await getItem(page, 'hvs:mentor')).toEqual({ mentees: inFile.mentees });
    expect(problems).toEqual([]);
  });

  test('"Gộp hai sổ" keeps both, joining the lessons of a mentee of the same name; the question fits a 320 px screen @root-only', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.locator('input[type="file"]').setInputFiles(file('so.json', inFile));
    const box = await page.getByRole('dialog').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    await page.getByRole('dialog').getByRole('button', { name: 'Gộp hai sổ' }).click();
    await expect(page.getByRole('status')).toHaveText('Đã gộp sổ trong tệp vào sổ trên máy: nay có 4 người học.');
    await expect(page.getByText('Bà Lan: đã học 2 bài')).toBeVisible();
    const stored = (await getItem(page, 'hvs:mentor')) as { mentees: { name: string }[] };
    expect(stored.mentees.map((entry) => entry.name)).toEqual(['Bà Lan', 'Ông Tư', 'Cô Hoa', 'Chú Minh']);
  });
});

test.describe('damaged entries', () => {
  test('one damaged mentee is set aside: the others show, and adding a mentee keeps all of them @root-only', async ({ page }, testInfo) => {
    const problems = watchPage(page, testInfo);
    await page.goto('tai-lieu/dai-su-so/');
    const damaged = { id: 'x', name: '', done: [] };
    await setItem(page, 'hvs:mentor', { mentees: [mentee('a', 'Bà Lan'), damaged, mentee('b', 'Ông Tư')] });
    await page.reload();
    await expect(page.getByText('Bạn đang kèm 2/5 người học.')).toBeVisible();
    await expect(page.getByText('Bà Lan: đã học 0 bài')).toBeVisible();
    await expect(page.getByText('Ông Tư: đã học 0 bài')).toBeVisible();
    await expect(page.getByText('Có 1 mục trong sổ trên máy bị hỏng')).toBeVisible();

    const name = page.getByLabel('Tên gọi hoặc biệt danh của người học');
    await name.fill('Cô Hoa');
    await name.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Đã thêm Cô Hoa.');
    const stored = (await getItem(page, 'hvs:mentor')) as { mentees: { name: string }[]; setAside: unknown[] };
    expect(stored.mentees.map((entry) => entry.name)).toEqual(['Bà Lan', 'Ông Tư', 'Cô Hoa']);
    expect(stored.setAside).toEqual([damaged]);
    await page.reload();
    await expect(page.getByText('Bạn đang kèm 3/5 người học.')).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("the scam drill's best score never reads above the round @root-only", async ({ page }, testInfo) => {
    const problems = watchPage(page, testInfo);
    await page.goto('thuc-hanh/nhan-biet-lua-dao/');
    await setItem(page, 'hvs:drill', { best: 99, total: 5 });
    await page.reload();
    await expect(page.getByRole('button', { name: 'Chơi một lượt 5 tình huống' })).toBeVisible();
    await expect(page.getByText(/Điểm cao nhất/)).toHaveCount(0);

    await page.getByRole('button', { name: 'Chơi một lượt 5 tình huống' }).click();
    for (let round = 1; round <= 5; round += 1) {
      await page.locator('button[data-answer="lừa đảo"]').click();
      // The last scenario's button says "Xem kết quả".
      await page.getByRole('button', { name: /Tình huống tiếp theo|Xem kết quả/ }).click();
    }
    const score = Number(/(\d)\/5/.exec((await page.locator('[data-score]').textContent()) ?? '')?.[1]);
    expect(await getItem(page, 'hvs:drill')).toEqual({ best: score, total: 5 });
    await expect(page.locator('[data-end-best]')).toHaveText(`Điểm cao nhất của bạn: ${score}/5. Điểm chỉ lưu trên máy này.`);
    expect(problems).toEqual([]);
  });
});

test.describe('when the browser refuses to store', () => {
  test('a progress file is not said to be loaded when storage is full @root-only', async ({ page }) => {
    const ids = await courseLessons(page);
    await page.goto('hoc-tap-cua-toi/');
    await fillStorage(page);
    await page.locator('input[type="file"]').setInputFiles(file('tien-do.json', { app: APP, version: 1, done: { [ids[0] ?? '']: '2026-11-20' } }));
    await expect(page.getByRole('status')).toHaveText('Không lưu được tiến độ vào máy này: bộ nhớ của trình duyệt đã đầy hoặc bị chặn. Tiến độ trên máy này vẫn như cũ.');
    await expect(page.locator(`section[data-course="${COURSE}"]`).getByText(/Bạn đã học xong 0 trên/)).toBeVisible();
  });

  test('a notebook file is not opened, and a new mentee is said to last only until the page closes @root-only', async ({ page }) => {
    await page.goto('tai-lieu/dai-su-so/');
    await fillStorage(page);
    await page.locator('input[type="file"]').setInputFiles(file('so.json', notebook([mentee('a', 'Bà Lan')])));
    await expect(page.getByRole('status')).toHaveText('Không lưu được sổ trong tệp vào máy này: bộ nhớ của trình duyệt đã đầy hoặc bị chặn. Sổ trên máy vẫn giữ nguyên.');
    await expect(page.getByText('Bạn đang kèm 0/5 người học.')).toBeVisible();

    const name = page.getByLabel('Tên gọi hoặc biệt danh của người học');
    await name.fill('Ông Tư');
    await name.press('Enter');
    await expect(page.getByRole('status')).toHaveText(/^Đã thêm Ông Tư\. Nhưng máy này không lưu được sổ .*Lưu sổ thành tệp/);
    await expect(page.getByText('Bạn đang kèm 1/5 người học.')).toBeVisible();
  });
});
