import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { basePath, watchPage } from '../support/site';
import { axe, axeViolations } from '../support/axe';

/** Site paths (under the base) of the first three results shown on a search page. */
async function shownTopThree(page: Page, base: string): Promise<string[]> {
  const hrefs = await page.locator('[data-results] li h2 a').evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.slice(base.length));
}

/** The first three results for a query, through a newly loaded search page. */
async function topThree(page: Page, query: string, base: string): Promise<string[]> {
  await page.goto(`tim-kiem/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(/kết quả|chưa có bài/);
  return shownTopThree(page, base);
}

/**
 * The first three results for a query on an already loaded search page: the
 * query goes into its address and the page runs it again, as it does when a
 * filter changes (the same code as a load with ?q=), without reloading the
 * page and its index for each query. Read once the status names this query.
 */
async function topThreeInPlace(page: Page, query: string, base: string): Promise<string[]> {
  await page.evaluate((q) => {
    history.replaceState(history.state, '', `?q=${encodeURIComponent(q)}`);
    document.querySelector('main select')?.dispatchEvent(new Event('change'));
  }, query);
  await page.waitForFunction((q) => {
    const status = document.querySelector('hvs-search [role="status"]')?.textContent ?? '';
    return status.includes(`“${q.trim()}”`) && /kết quả|chưa có bài/.test(status);
  }, query);
  return shownTopThree(page, base);
}

/** One search page per worker, loaded once, for the query table. */
const withSearchPage = test.extend<object, { searchPage: Page }>({
  searchPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL: String(baseURL), ...(locale ? { locale } : {}) });
      const page = await context.newPage();
      await page.goto('tim-kiem/');
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

const course = (id: string) => `khoa-hoc/${id}/`;
const PHONE = 'lam-quen-dien-thoai-va-internet';
const PUBLIC = 'dich-vu-cong-truc-tuyen';
const PAY = 'thanh-toan-khong-dung-tien-mat';
const SAFE = 'an-toan-tren-mang';
const HEALTH = 'cham-soc-suc-khoe-truc-tuyen';
const MARKET = 'cho-so-4t';

/*
 * What residents type, and the lesson that must be among the first three
 * results: about half with diacritics and half without, some in NFD, some in
 * the other tone-mark style, some only the start of a word, some questions.
 */
const TABLE: [string, string][] = [
  ['trả tiền bằng mã QR', course(`${PAY}/tra-tien-bang-ma-qr`)],
  ['tra tien bang ma qr', course(`${PAY}/tra-tien-bang-ma-qr`)],
  ['trả tiền bằng mã QR'.normalize('NFD'), course(`${PAY}/tra-tien-bang-ma-qr`)],
  ['giả danh công an', course(`${SAFE}/cuoc-goi-gia-danh-cong-an`)],
  ['gia danh cong an', course(`${SAFE}/cuoc-goi-gia-danh-cong-an`)],
  ['cong an goi dien thi sao', course(`${SAFE}/cuoc-goi-gia-danh-cong-an`)],
  ['cách đổi mật khẩu', course(`${SAFE}/mat-khau-manh-va-xac-thuc-hai-lop`)],
  ['cach doi mat khau', course(`${SAFE}/mat-khau-manh-va-xac-thuc-hai-lop`)],
  ['xac thuc hai lop', course(`${SAFE}/mat-khau-manh-va-xac-thuc-hai-lop`)],
  ['làm sao để cài VNeID', course(`${PUBLIC}/cai-vneid-va-kich-hoat-muc-2`)],
  ['cai vneid muc 2', course(`${PUBLIC}/cai-vneid-va-kich-hoat-muc-2`)],
  ['nộp hồ sơ dịch vụ công', course(`${PUBLIC}/nop-ho-so-tren-cong-dich-vu-cong`)],
  ['nop ho so online', course(`${PUBLIC}/nop-ho-so-tren-cong-dich-vu-cong`)],
  ['dịch vụ công trực tuyến là gì', course(`${PUBLIC}/dich-vu-cong-truc-tuyen-la-gi`)],
  ['dich vu cong', course(`${PUBLIC}/dich-vu-cong-truc-tuyen-la-gi`)],
  ['theo dõi hồ sơ', course(`${PUBLIC}/theo-doi-ho-so-va-nhan-ket-qua`)],
  ['tra cuu ho so', course(`${PUBLIC}/theo-doi-ho-so-va-nhan-ket-qua`)],
  ['nop le phi', course(`${PUBLIC}/nop-phi-truc-tuyen`)],
  ['chuyển tiền', course(`${PAY}/chuyen-khoan-kiem-tra-ten-nguoi-nhan`)],
  ['chuyen khoan', course(`${PAY}/chuyen-khoan-kiem-tra-ten-nguoi-nhan`)],
  ['trả tiền điện', course(`${PAY}/tra-tien-dien-nuoc-dien-thoai`)],
  ['tien dien nuoc', course(`${PAY}/tra-tien-dien-nuoc-dien-thoai`)],
  ['mã OTP', course(`${PAY}/khong-bao-gio-dua-ma-otp`)],
  ['MA OTP', course(`${PAY}/khong-bao-gio-dua-ma-otp`)],
  ['nhận tiền bằng mã QR', course(`${PAY}/nhan-tien-bang-ma-qr-cua-ban`)],
  ['mo ung dung ngan hang', course(`${PAY}/chon-va-mo-ung-dung-ngan-hang`)],
  ['kết nối wifi', course(`${PHONE}/ket-noi-wifi-va-du-lieu-di-dong`)],
  ['ket noi wi', course(`${PHONE}/ket-noi-wifi-va-du-lieu-di-dong`)],
  ['phóng to chữ', course(`${PHONE}/phong-to-chu-va-bieu-tuong`)],
  ['phong to chu', course(`${PHONE}/phong-to-chu-va-bieu-tuong`)],
  ['cài app', course(`${PHONE}/cai-ung-dung-an-toan`)],
  ['goi video zalo', course(`${PHONE}/goi-dien-va-nhan-tin-zalo`)],
  ['gõ chữ bằng giọng nói', course(`${PHONE}/cham-vuot-va-go-chu`)],
  ['talkback', course(`${PHONE}/tro-nang-tren-dien-thoai`)],
  ['sạc pin', course(`${PHONE}/cac-bo-phan-cua-dien-thoai`)],
  ['đặt lịch khám', course(`${HEALTH}/dat-lich-kham-benh-truc-tuyen`)],
  ['so suc khoe dien tu', course(`${HEALTH}/so-suc-khoe-dien-tu-tren-vneid`)],
  ['sổ sức khoẻ điện tử', course(`${HEALTH}/so-suc-khoe-dien-tu-tren-vneid`)],
  ['the bhyt', course(`${HEALTH}/the-bhyt-tren-ung-dung`)],
  ['kham tu xa', course(`${HEALTH}/kham-benh-tu-xa`)],
  ['thuốc giả', course(`${HEALTH}/nhan-biet-quang-cao-thuoc-gia`)],
  ['mô hình 4T', course(`${MARKET}/mo-hinh-4t-la-gi`)],
  ['bán hàng online', course(`${MARKET}/ban-hang-tren-mang-an-toan`)],
  ['so thu chi', course(`${MARKET}/so-sach-va-tiet-kiem-so`)],
  ['gửi tiết kiệm online', course(`${MARKET}/so-sach-va-tiet-kiem-so`)],
  ['tre em an toan', course(`${SAFE}/giu-an-toan-cho-tre-em-tren-mang`)],
  ['dữ liệu cá nhân', course(`${SAFE}/bao-ve-du-lieu-ca-nhan`)],
  ['bị lừa thì làm sao', course(`${SAFE}/bi-lua-thi-lam-gi-va-bao-o-dau`)],
  ['trung thuong', course(`${SAFE}/trung-thuong-viec-lam-dau-tu-gia`)],
  ['việc làm online', course(`${SAFE}/trung-thuong-viec-lam-dau-tu-gia`)],
  ['duong link gia', course(`${SAFE}/duong-link-va-trang-web-gia`)],
  ['đường dẫn lạ', course(`${SAFE}/duong-link-va-trang-web-gia`)],
  ['trang web giả'.normalize('NFD'), course(`${SAFE}/duong-link-va-trang-web-gia`)],
  // The campaign's pages are found too, below the lessons they report on.
  ['ngày hội', 'phong-trao/ngay-hoi-toan-dan-hoc-tap-so/'],
  ['dai su so', 'phong-trao/ke-hoach/mang-luoi-dai-su-so/'],
  ['rung chuong vang', 'lich-hoc/rung-chuong-vang-an-toan-tren-mang-2026/'],
  ['tổ công nghệ số', 'tin-tuc/ra-mat-to-cong-nghe-so-cong-dong-to-dan-pho-so-3/'],
];

// The ranking does not depend on the base: the sub-path build runs the first query, for its links,
// on a page loaded with it; the others run on one loaded search page per worker.
for (const [index, [query, expected]] of TABLE.entries()) {
  if (index === 0) {
    test(`"${query}" finds ${expected} in the first three`, async ({ page }, testInfo) => {
      expect(await topThree(page, query, basePath(testInfo))).toContain(expected);
    });
  } else {
    withSearchPage(`"${query}" finds ${expected} in the first three @root-only`, async ({ searchPage }, testInfo) => {
      expect(await topThreeInPlace(searchPage, query, basePath(testInfo))).toContain(expected);
    });
  }
}

withSearchPage('a query run in place shows what a page loaded with it shows @root-only', async ({ searchPage, page }, testInfo) => {
  const base = basePath(testInfo);
  const found: string[][] = [];
  for (const query of ['cong an goi dien thi sao', 'mã OTP', 'cách nấu phở bò']) {
    const loaded = await topThree(page, query, base);
    expect(await topThreeInPlace(searchPage, query, base), query).toEqual(loaded);
    found.push(loaded);
  }
  expect(found.map((top) => top.length > 0)).toEqual([true, true, false]);
});

withSearchPage('a query typed without diacritics returns the same first results as one typed correctly', async ({ searchPage }, testInfo) => {
  const base = basePath(testInfo);
  const pairs: [string, string][] = [
    ['giả danh công an', 'gia danh cong an'],
    ['phóng to chữ', 'phong to chu'],
    ['kết nối wifi', 'ket noi wifi'],
  ];
  for (const [typed, bare] of pairs) {
    expect((await topThreeInPlace(searchPage, bare, base))[0]).toBe((await topThreeInPlace(searchPage, typed, base))[0]);
  }
});

test('the home search box leads to results under the deployment base, announced and keyboard-usable', async ({ page }, testInfo) => {
  const problems = watchPage(page, testInfo);
  await page.goto('');
  await page.getByRole('main').getByRole('searchbox').fill('phong trào');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/tim-kiem\/\?q=phong/);
  await expect(page.getByRole('status')).toContainText('kết quả');
  const result = page.locator('[data-results]').getByRole('link', { name: /Phong trào “Bình dân học vụ số” là gì/ });
  await expect(result).toHaveAttribute('href', `${basePath(testInfo)}phong-trao/`);
  await result.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Phong trào');
  expect(problems).toEqual([]);
});

test('the query and filters live in the address and come back with the back button', async ({ page }) => {
  await page.goto('tim-kiem/');
  await page.getByRole('main').getByRole('searchbox').fill('mã QR');
  await page.getByLabel('Loại').selectOption({ label: 'Bài học' });
  await page.getByRole('main').getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/q=m%C3%A3\+QR&loai=bai-hoc/);
  await expect(page.getByRole('status')).toContainText('kết quả');
  // Every result is a lesson and names its course.
  for (const where of await page.locator('[data-results] li > p.font-bold').allTextContents()) expect(where).toMatch(/^Bài học · /);
  await page.locator('[data-results] li h2 a').first().click();
  await page.goBack();
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('mã QR');
  await expect(page.getByLabel('Loại')).toHaveValue('bai-hoc');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
});

test('the header search link leads to the search page', async ({ page }) => {
  await page.goto('tro-nang/');
  await page.getByRole('banner').getByRole('link', { name: 'Tìm kiếm' }).click();
  await page.getByRole('main').getByRole('searchbox').fill('lua dao');
  await page.getByRole('main').getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page).toHaveURL(/tim-kiem\/\?q=lua\+dao/);
  await expect(page.getByRole('status')).toContainText('kết quả');
});

test('words typed before the search script arrives are kept and searched @root-only', async ({ page }) => {
  // The script is held back, as on a slow connection, until the resident has typed.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/SearchResults\.[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('tim-kiem/', { waitUntil: 'commit' });
  const box = page.getByRole('main').getByRole('searchbox');
  await box.fill('lua dao');
  release();
  await page.waitForLoadState('load');
  await expect.poll(() => page.evaluate(() => customElements.get('hvs-search') !== undefined)).toBe(true);
  await expect(box).toHaveValue('lua dao');
  await page.getByRole('main').getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page).toHaveURL(/tim-kiem\/\?q=lua\+dao/);
  await expect(page.getByRole('status')).toContainText('kết quả');
});

test('a topic the site does not cover gets an honest answer: the help desk and the most useful lessons, no weak matches', async ({ page }) => {
  await page.goto('tim-kiem/?q=' + encodeURIComponent('cách nấu phở bò'));
  await expect(page.getByRole('status')).toHaveText('Trang chưa có bài nào nói về “cách nấu phở bò”.');
  await expect(page.locator('[data-results] li')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Hỏi trực tiếp cán bộ phường' })).toBeVisible();
  // The help desk comes from content/wards/mau/ward.yaml.
  const ward = parse(readFileSync('content/wards/mau/ward.yaml', 'utf8')) as { helpDesk: { name: string } };
  await expect(page.getByRole('main').getByText(ward.helpDesk.name, { exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '024 0000 0000' })).toHaveAttribute('href', /^tel:/);
  await expect(page.getByRole('heading', { name: 'Bài nhiều người cần' })).toBeVisible();
  expect(await page.locator('[data-nothing] li a').count()).toBeGreaterThan(2);
  // A query the site covers does not show it.
  await page.goto('tim-kiem/?q=' + encodeURIComponent('trả tiền điện'));
  await expect(page.getByRole('status')).toContainText('kết quả');
  await expect(page.getByRole('heading', { name: 'Hỏi trực tiếp cán bộ phường' })).toBeHidden();
});

test('a filter applies as soon as it changes, and the new count is announced @root-only', async ({ page }) => {
  await page.goto('tim-kiem/?q=' + encodeURIComponent('mã qr'));
  const status = page.getByRole('status');
  await expect(status).toContainText('kết quả');
  const count = async () => Number((await status.textContent())?.match(/\d+/)?.[0]);
  const all = await count();
  await page.getByLabel('Loại').selectOption({ label: 'Bài thực hành' });
  await expect(page).toHaveURL(/loai=thuc-hanh/);
  await expect(status).toContainText('kết quả');
  await expect.poll(count).toBeLessThan(all);
  for (const kind of await page.locator('[data-results] li > p.font-bold').allTextContents()) expect(kind).toContain('Bài thực hành');
  await page.getByLabel('Loại').selectOption({ label: 'Tất cả' });
  await expect.poll(count).toBe(all);
});

test('a filter with an empty box lists everything of its kind @root-only', async ({ page }) => {
  await page.goto('tim-kiem/');
  await expect(page.getByRole('status')).toHaveText('');
  await page.getByLabel('Dành cho').selectOption({ label: 'Người cao tuổi' });
  await expect(page.getByRole('status')).toHaveText(/^Có \d+ trang trong mục bạn chọn\.$/);
  const listed = Number((await page.getByRole('status').textContent())?.match(/\d+/)?.[0]);
  expect(listed).toBeGreaterThan(5);
  await expect(page.locator('[data-results] li')).toHaveCount(listed);
  await page.getByLabel('Loại').selectOption({ label: 'Lịch học, lớp học' });
  await expect(page).toHaveURL(/nhom=nguoi-cao-tuoi/);
  await expect(page).toHaveURL(/loai=lich-hoc/);
  for (const kind of await page.locator('[data-results] li > p.font-bold').allTextContents()) expect(kind).toContain('Lịch học');
});

test('a lesson and its practice page, sharing a title, are told apart by name @root-only', async ({ page }) => {
  await page.goto('tim-kiem/?q=' + encodeURIComponent('nhận tiền bằng mã QR tại sạp hàng'));
  const links = page.locator('[data-results] li h2 a');
  await expect(links.first()).toHaveText('Nhận tiền bằng mã QR tại sạp hàng');
  await expect(page.locator('[data-results]').getByRole('link', { name: 'Nhận tiền bằng mã QR tại sạp hàng (bài thực hành)' })).toBeVisible();
});

test('results pass axe @root-only', async ({ page }) => {
  await page.goto('tim-kiem/?q=thanh%20toan');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  expect(await axeViolations(axe(page))).toEqual([]);
});

test('without JavaScript the search page first says search needs it, hides the controls and leads with every lesson A–Z', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: String(testInfo.project.use.baseURL), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('tim-kiem/?q=VNeID');
  const main = page.getByRole('main');
  // The first thing after the page's heading is the sentence saying search needs JavaScript.
  await expect(main.locator('h1 + p')).toContainText('Tìm kiếm cần trình duyệt bật JavaScript');
  await expect(main.getByRole('searchbox')).toBeHidden();
  await expect(main.getByRole('button', { name: 'Tìm' })).toBeHidden();
  await expect(main.getByLabel('Loại')).toBeHidden();
  const index = page.getByRole('region', { name: 'Tất cả bài học, theo khóa học' });
  await expect(index.getByRole('link', { name: 'Trả tiền bằng mã QR' })).toBeVisible();
  await index.getByRole('link', { name: 'Nhận biết cuộc gọi giả danh công an' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhận biết cuộc gọi giả danh công an');
  await context.close();
});
