import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { frontmatterOf, vietnamTime, type EventFile, type NewsFile } from '../support/content';
import { basePath, watchPage } from '../support/site';

const events = frontmatterOf<EventFile>('events');
const news = frontmatterOf<NewsFile>('news').sort((a, b) => new Date(b.date).getTime() - new Date(a.date).getTime());
const localTime = (date: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(date)
    .replace(',', '');

const jsonLd = async (page: Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;

test.describe('news', () => {
  test('the RSS feed is valid and lists the newest items first', async ({ page }, testInfo) => {
    const response = await page.request.get('tin-tuc/rss.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    // Well-formed by the browser's own XML parser.
    expect(await page.evaluate((source) => new DOMParser().parseFromString(source, 'application/xml').querySelector('parsererror') === null, xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as { rss: { '@_version': string; channel: { title: string; language: string; item: { title: string; link: string; pubDate: string; description: string }[] } } };
    expect(parsed.rss['@_version']).toBe('2.0');
    const { channel } = parsed.rss;
    expect(channel.language).toBe('vi');
    expect(channel.item).toHaveLength(news.length);
    expect(channel.item[0]?.title).toContain(news[0]?.title);
    const dates = channel.item.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    // Links are absolute on the public site (HVS_SITE, the ward portal by default) under the base.
    const site = `https://anbinh.example.gov.vn${basePath(testInfo)}`;
    for (const item of channel.item.slice(0, 3)) {
      expect(item.link.startsWith(`${site}tin-tuc/`)).toBe(true);
      expect((await page.request.get(item.link.slice(site.length))).status()).toBe(200);
    }
  });

  test('lists ten items a page, newest first, with a way to the next page', async ({ page }) => {
    await page.goto('tin-tuc/');
    const titles = page.locator('main ul h2');
    await expect(titles).toHaveCount(Math.min(10, news.length));
    await expect(titles.first()).toHaveText(news[0]?.title ?? '');
    const pager = page.getByRole('navigation', { name: 'Chuyển trang' });
    await expect(pager.getByRole('link', { name: 'Trang 1' })).toHaveAttribute('aria-current', 'page');
    await pager.getByRole('link', { name: /Trang sau/ }).click();
    await expect(page).toHaveURL(/tin-tuc\/trang\/2\/$/);
    await expect(page.locator('h1')).toHaveText('Tin tức – Trang 2');
    await expect(page.locator('main ul h2')).toHaveCount(news.length - 10);
    await expect(page.locator('main ul h2').last()).toHaveText(news.at(-1)?.title ?? '');
  });

  test('category and year pages list only their own items', async ({ page }) => {
    await page.goto('tin-tuc/chuyen-muc/guong-dien-hinh/');
    await expect(page.locator('h1')).toHaveText('Tin Gương điển hình');
    const ownCategory = news.filter((item) => item.category === 'gương điển hình').map((item) => item.title);
    await expect(page.locator('main ul h2')).toHaveText(ownCategory);
    await page.goto('tin-tuc/nam/2025/');
    const ofYear = news.filter((item) => new Date(item.date).getUTCFullYear() === 2025).map((item) => item.title);
    await expect(page.locator('main ul h2')).toHaveText(ofYear);
    await expect(page.getByRole('navigation', { name: 'Tin theo năm' }).getByRole('link', { name: /Năm 2025/ })).toHaveAttribute('aria-current', 'page');
  });

  test('an item shows its sample notice, and a shared link gets a title, a summary and a picture', async ({ page }, testInfo) => {
    const problems = watchPage(page, testInfo);
    const item = news[0];
    await page.goto(`tin-tuc/${item?.slug}/`);
    await expect(page.locator('h1')).toHaveText(item?.title ?? '');
    await expect(page.locator('main')).toContainText('Tin mẫu: nội dung này do cổng soạn sẵn để minh họa');
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', item?.title ?? '');
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', item?.summary.trim() ?? '');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const picture = await page.request.get(new URL(image ?? '').pathname.slice(basePath(testInfo).length));
    expect(picture.headers()['content-type']).toBe('image/png');
    const png = PNG.sync.read(await picture.body());
    expect([png.width, png.height]).toEqual([1200, 630]);
    const data = await jsonLd(page);
    expect(data['@type']).toBe('NewsArticle');
    expect(data['headline']).toBe(item?.title);
    expect(data['image']).toEqual([image]);
    expect(problems).toEqual([]);
  });
});

test.describe('classes and events', () => {
  test('every calendar file parses and keeps the class at its local time', async ({ page }) => {
    for (const event of events) {
      const response = await page.request.get(`lich-hoc/${event.slug}.ics`);
      expect(response.headers()['content-type']).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      const parsed = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
      expect(parsed.summary).toBe(event.title);
      expect(localTime(parsed.startDate.toJSDate()), event.slug).toBe(event.start);
      expect(localTime(parsed.endDate.toJSDate()), event.slug).toBe(event.end);
    }
    const feed = new ICAL.Component(ICAL.parse(await (await page.request.get('lich-hoc/lich-hoc.ics')).text()));
    const summaries = feed.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component).summary);
    expect(summaries.sort()).toEqual(events.map((event) => event.title).sort());
  });

  test('without JavaScript the list shows the build\'s split, in Vietnamese dates', async ({ browser }, testInfo) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: String(testInfo.project.use.baseURL) });
    const page = await context.newPage();
    await page.goto('lich-hoc/');
    const now = Date.now();
    const upcoming = events.filter((event) => vietnamTime(event.end).getTime() > now).sort((a, b) => a.start.localeCompare(b.start));
    await expect(page.locator('[data-list="upcoming"] h3')).toHaveText(upcoming.map((event) => event.title));
    await expect(page.locator('[data-list="past"] h3')).toHaveCount(events.length - upcoming.length);
    await expect(page.getByText('Danh sách này được cập nhật ngày')).toBeVisible();
    await page.goto('lich-hoc/khai-mac-ngay-hoi-toan-dan-hoc-tap-so-2026/');
    await expect(page.locator('main time').first()).toHaveText('Thứ Bảy, 10/10/2026, 7:30–9:00');
    await expect(page.locator('main time').first()).toHaveAttribute('datetime', '2026-10-10T07:30:00+07:00');
    await context.close();
  });

  test('on a later day the script moves classes that have ended to the past', async ({ page }) => {
    const later = vietnamTime('2027-01-10 12:00');
    await page.clock.setFixedTime(later);
    await page.goto('lich-hoc/');
    const upcoming = events.filter((event) => vietnamTime(event.end) > later).map((event) => event.title);
    const past = events.filter((event) => vietnamTime(event.end) <= later).sort((a, b) => b.start.localeCompare(a.start)).map((event) => event.title);
    await expect(page.locator('[data-list="upcoming"] h3')).toHaveText(upcoming);
    await expect(page.locator('[data-list="past"] h3')).toHaveText(past);
    await expect(page.locator('[data-list="past"] [data-calendar-link]')).toHaveCount(0);
    await expect(page.getByText('Danh sách này được cập nhật ngày')).toBeHidden();

    await page.clock.setFixedTime(vietnamTime('2031-01-01 00:00'));
    await page.goto('lich-hoc/');
    await expect(page.locator('[data-list="upcoming"] li')).toHaveCount(0);
    await expect(page.getByText('Chưa có lịch học mới.')).toBeVisible();
    await page.goto('');
    await expect(page.locator('[data-list="upcoming"] li')).toHaveCount(0);
    await expect(page.getByText('Chưa có lịch học mới.')).toBeVisible();
  });

  test('an event page says when it has taken place, and carries Event data', async ({ page }) => {
    const event = events.reduce((a, b) => (a.start > b.start ? a : b));
    await page.goto(`lich-hoc/${event.slug}/`);
    const data = await jsonLd(page);
    expect(data['@type']).toBe('Event');
    expect(data['startDate']).toBe(`${event.start.replace(' ', 'T')}:00+07:00`);
    expect((data['location'] as Record<string, unknown>)['@type']).toBe('Place');
    await expect(page.getByText('Lớp học hoặc sự kiện này đã diễn ra.')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Thêm vào lịch điện thoại' })).toBeVisible();
    await page.clock.setFixedTime(new Date(vietnamTime(event.end).getTime() + 60_000));
    await page.reload();
    await expect(page.getByText('Lớp học hoặc sự kiện này đã diễn ra.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Thêm vào lịch điện thoại' })).toHaveCount(0);
  });

  test('the festival page lists each year\'s programme', async ({ page }) => {
    await page.goto('phong-trao/ngay-hoi-toan-dan-hoc-tap-so/');
    await expect(page.locator('main')).toContainText('Ngày Chuyển đổi số quốc gia');
    const programme = page.locator('section', { has: page.getByRole('heading', { name: 'Chương trình năm 2026' }) });
    const festival2026 = events.filter((event) => event.festival && event.start.startsWith('2026')).sort((a, b) => a.start.localeCompare(b.start));
    await expect(programme.locator('h3')).toHaveText(festival2026.map((event) => event.title));
    await expect(programme).toContainText('Thứ Bảy, 10/10/2026, 7:30–9:00');
  });
});

test.describe('the plan and its progress', () => {
  // The appendix's tasks as the content holds them: a task an editor adds is a row more, not a failure.
  const { tasks } = parse(readFileSync('content/wards/mau/plan/nhiem-vu.yaml', 'utf8')) as { tasks: { id: string }[] };

  test('shows every task with their lead agencies, as a table on wide screens and cards on phones', async ({ page }) => {
    const seed = readFileSync('content/wards/mau/plan/phu-luc-ke-hoach-03-kh-du.txt', 'utf8').normalize('NFC').replace(/\s+/g, ' ');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('phong-trao/ke-hoach/');
    const rows = page.locator('[data-plan-table] tbody tr');
    expect(tasks.length).toBeGreaterThan(1);
    await expect(rows).toHaveCount(tasks.length);
    await expect(page.locator('[data-plan-cards]').first()).toBeHidden();
    for (const lead of await rows.locator('[data-lead]').allTextContents()) expect(seed).toContain(lead.trim());
    await expect(rows.filter({ hasText: 'Triển khai chiến dịch Thanh niên chung tay' }).locator('[data-lead]')).toHaveText('Đoàn TNCS Hồ Chí Minh phường');
    await page.setViewportSize({ width: 390, height: 800 });
    await expect(page.locator('[data-plan-table]').first()).toBeHidden();
    await expect(page.locator('[data-plan-cards] > li')).toHaveCount(tasks.length);
    await page.getByRole('link', { name: 'Nhiệm vụ 2.4: Lớp học cho người cao tuổi' }).click();
    await expect(page.locator('h1')).toHaveText('Nhiệm vụ 2.4: Lớp học cho người cao tuổi');
    await expect(page.getByRole('heading', { name: 'Lớp học và sự kiện' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Tiến độ so với mục tiêu' })).toBeVisible();
  });

  test('each chart draws the figures its text alternative gives', async ({ page }) => {
    const { indicators } = parse(readFileSync('content/wards/mau/plan/chi-so.yaml', 'utf8')) as {
      indicators: { id: string; unit: string; value: number; targets: { value: number }[] }[];
    };
    const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
    const amount = (value: number, unit: string) => (unit === '%' ? `${number.format(value)}%` : `${number.format(value)} ${unit}`);
    await page.goto('phong-trao/tien-do/');
    await expect(page.locator('svg.hvs-chart')).toHaveCount(indicators.length);
    for (const indicator of indicators) {
      const chart = page.locator(`[data-indicator="${indicator.id}"] svg.hvs-chart`);
      // Read once: the drawing is hidden from screen readers, the sentence under it carries the figures.
      await expect(chart).toHaveAttribute('aria-hidden', 'true');
      const sentence = page.locator(`#${await chart.getAttribute('data-text')}`);
      const text = (await sentence.textContent()) ?? '';
      const heard = await page.locator(`section[data-indicator="${indicator.id}"]`).ariaSnapshot();
      expect(heard.split(`hiện nay ${amount(indicator.value, indicator.unit)}`).length - 1, heard).toBe(1);
      expect(heard).not.toMatch(/Biểu đồ trên/);
      expect(text).toContain(`hiện nay ${amount(indicator.value, indicator.unit)}`);
      for (const target of indicator.targets) expect(text).toContain(amount(target.value, indicator.unit));
      await expect(page.locator(`[data-progress-table] tr[data-indicator="${indicator.id}"] td`).first()).toHaveText(amount(indicator.value, indicator.unit));
      const drawn = await chart.evaluate((svg) => ({
        track: Number(svg.querySelector('.hvs-chart-track')?.getAttribute('width')),
        bar: Number(svg.querySelector('.hvs-chart-bar')?.getAttribute('width')),
        marks: [...svg.querySelectorAll('.hvs-chart-target')].map((line) => Number(line.getAttribute('x1')) - 4),
      }));
      const max = Math.max(indicator.value, ...indicator.targets.map((target) => target.value));
      expect(drawn.bar / drawn.track).toBeCloseTo(indicator.value / max, 2);
      expect(drawn.marks.map((x) => x / drawn.track)).toEqual(indicator.targets.map((target) => expect.closeTo(target.value / max, 2)));
    }
  });

  test('in high contrast the dashed target marks stand out from the bar they cross', async ({ page }) => {
    await page.goto('phong-trao/tien-do/');
    await page.evaluate(() => (document.documentElement.dataset['contrast'] = 'high'));
    const colours = await page.locator('svg.hvs-chart').first().evaluate((svg) => {
      const rgb = (value: string) => (value.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const of = (selector: string, property: 'fill' | 'stroke') => rgb(getComputedStyle(svg.querySelector(selector)!)[property]);
      return { bar: of('.hvs-chart-bar', 'fill'), halo: of('.hvs-chart-target-halo', 'stroke'), mark: of('.hvs-chart-target', 'stroke') };
    });
    const luminance = ([r, g, b]: number[]) =>
      [r, g, b].map((c) => ((c ?? 0) / 255 <= 0.03928 ? (c ?? 0) / 255 / 12.92 : (((c ?? 0) / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const contrast = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    // The band under the mark against the yellow bar, and the dashes against their band: 3:1 at least (WCAG 1.4.11).
    expect(contrast(colours.halo, colours.bar)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.mark, colours.halo)).toBeGreaterThanOrEqual(3);
  });

  test('the leaflet prints on one A4 page, with a QR code to the site', async ({ page }, testInfo) => {
    await page.goto('phong-trao/to-roi/');
    await expect(page.getByRole('button', { name: 'In tờ rơi' })).toBeVisible();
    const code = page.getByRole('img', { name: 'Mã QR mở trang Bình dân học vụ số' });
    const png = PNG.sync.read(await code.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(new URL(basePath(testInfo), 'https://anbinh.example.gov.vn').href);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'In tờ rơi' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Phong trào “Bình dân học vụ số”' })).toBeVisible();
    const pdf = await PDFDocument.load(await page.pdf({ format: 'A4' }));
    expect(pdf.getPageCount()).toBe(1);
  });

  test('the movement, accessibility, festival and network pages and the leaflet show what the editor wrote in content/pages or the ward\'s pages/', async ({ page }) => {
    const pages = [
      ['phong-trao', 'phong-trao/'],
      ['tro-nang', 'tro-nang/'],
      ['to-roi', 'phong-trao/to-roi/'],
      ['ngay-hoi', 'phong-trao/ngay-hoi-toan-dan-hoc-tap-so/'],
      ['dai-su-so', 'phong-trao/mang-luoi-ho-tro/'],
    ] as const;
    for (const [file, path] of pages) {
      // The sample ward's own prose where it wrote one (content/wards/mau/pages/), else the shared words.
      const own = `content/wards/mau/pages/${file}.mdx`;
      const [, head = '', body = ''] = readFileSync(existsSync(own) ? own : `content/pages/${file}.mdx`, 'utf8').split(/^---$/m);
      const { title, description } = parse(head) as { title: string; description: string };
      await page.goto(path);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { name: title, exact: true })).toBeVisible();
      await expect(main).toContainText(description);
      // Each section heading and list line the editor wrote, as text (Markdown marks gone).
      // A component in a line (<Ward show="office" />) shows ward data: the words around it are checked.
      const lines = [...body.matchAll(/^(?:##+|-|\d+\.) (.+)$/gm)].flatMap((match) => (match[1] ?? '').replace(/\*\*/g, '').split(/<[A-Z][^>]*\/>/).map((part) => part.trim()).filter(Boolean));
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) await expect(main, `${file}: ${line}`).toContainText(line);
    }
    // The statement still says how to change the text size, with the buttons' own names, and where to report a problem.
    await page.goto('tro-nang/');
    await expect(page.locator('#tuy-chon-doc')).toBeVisible();
    await expect(page.getByRole('main').locator('a[href^="tel:"]')).toHaveCount(1);
  });

  test('the support network lists teams and public contacts only', async ({ page }) => {
    await page.goto('phong-trao/mang-luoi-ho-tro/');
    await expect(page.locator('[data-teams] > li').first()).toContainText('Tổ dân phố');
    for (const heading of ['Tổ công nghệ số cộng đồng', 'Đại sứ số', 'Hướng dẫn tại nơi làm thủ tục của phường', 'Thanh niên tình nguyện']) {
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    }
    await expect(page.locator('main')).toContainText('ít nhất 5 người học');
    // Only the ward's and the youth union's office lines: no one's own mobile number.
    const phones = await page.locator('main a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(phones.every((href) => /^tel:\+?(84)?0?24/.test(href ?? ''))).toBe(true);
    // On a wide screen each section's sub-headings (the editor's ### included) read smaller than its own heading.
    await page.setViewportSize({ width: 1280, height: 800 });
    const sizes = await page.locator('main section:has(> h2)').evaluateAll((sections) =>
      sections.flatMap((section) => {
        const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
        const h2 = size(section.querySelector(':scope > h2') as Element);
        return [...section.querySelectorAll('h3')].map((h3) => ({ h3: h3.textContent?.trim(), smaller: size(h3) < h2 }));
      }),
    );
    expect(sizes.length).toBeGreaterThan(2);
    expect(sizes.filter((heading) => !heading.smaller)).toEqual([]);
  });
});
