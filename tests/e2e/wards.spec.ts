import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { config } from '../../src/config';
import { pagesCache } from '../../src/lib/offline';
import { vi as strings } from '../../src/strings/vi';
import { buildFiles, crawlFiles, crawlPages, readManifest, readServiceWorker, readXml, type Report, type Site } from '../support/crawl';
import { controlled, storedIn } from '../support/offline';
import { watchPage } from '../support/site';
import { TEST_WARDS, WARDS_CONTENT, WARDS_OUT, type TestWard } from '../support/wards';

/*
 * Issue 23: a city builds all its wards from one repository. `npm test` starts
 * three test wards with `npm run ward:new` and builds them with
 * `npm run build:wards` (tests/support/wards.ts): "hai" on a host of its own,
 * "ba" and "bon" under sibling paths of one city portal.
 * Each site must keep its links, search and offline reading inside its own
 * base, name its own ward everywhere, and show nothing of the sample ward.
 */

const PORT = config().e2ePort;
const origin = (ward: TestWard) => `http://localhost:${PORT + 2 + ward.server}`;
const at = (ward: TestWard, path = '') => `${origin(ward)}${ward.base}${path}`;
const dirOf = (ward: TestWard) => join(WARDS_OUT, ward.ward);
const [own, ba, bon] = TEST_WARDS as [TestWard, TestWard, TestWard];

/** The ward file `npm run ward:new` wrote for a test ward (tests/support/wards.ts). */
const wardFile = (ward: TestWard) =>
  parse(readFileSync(join(WARDS_CONTENT, 'wards', ward.ward, 'ward.yaml'), 'utf8')) as { siteUrl: string; portalUrl: string; office: { phone: string } };

function siteOf(ward: TestWard): Site {
  const { siteUrl, portalUrl } = wardFile(ward);
  return { dir: dirOf(ward), origin: new URL(siteUrl).origin, base: new URL(siteUrl).pathname, allowed: [portalUrl] };
}

function expectClean(report: Report, atLeast: number) {
  expect(report.problems.slice(0, 40), `${report.problems.length} URL(s) leave the base or lead nowhere`).toEqual([]);
  expect(report.checked).toBeGreaterThanOrEqual(atLeast);
}

/** What only the sample ward's site would show: its names, contacts, plan and news. */
function sampleTraces(): string[] {
  const sample = parse(readFileSync('content/wards/mau/ward.yaml', 'utf8')) as {
    name: string;
    portalUrl: string;
    office: { name: string; phone: string; email: string; address: string };
    helpDesk: { name: string };
    police: { name: string };
    social: { fanpage: string };
  };
  const newsTitles = buildFiles('content/wards/mau/news').map(
    (file) => /^title: (.+)$/m.exec(readFileSync(join('content/wards/mau/news', file), 'utf8'))?.[1]?.replace(/^"|"$/g, '') ?? file,
  );
  return [
    sample.name,
    new URL(sample.portalUrl).host,
    sample.office.name,
    sample.office.phone,
    sample.office.email,
    sample.office.address,
    sample.helpDesk.name,
    sample.police.name,
    sample.social.fanpage,
    '03-KH/ĐU',
    // The sample markers: a real ward shows none.
    strings['sample.notice'],
    strings['sample.news'],
    strings['sample.event'],
    strings['sample.figures'],
    ...newsTitles,
  ];
}

for (const ward of TEST_WARDS) {
  test.describe(`${ward.name} at ${ward.base}`, () => {
    test('every page names this ward and shows nothing of the sample ward', () => {
      const site = siteOf(ward);
      const traces = sampleTraces();
      // The content manager's hints use example names; the public site is everything else.
      const files = buildFiles(site.dir).filter((file) => /\.(html|xml|json|txt|ics|webmanifest|js)$/.test(file) && !file.startsWith('quan-tri/'));
      const pages = files.filter((file) => file.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(100);
      const found: string[] = [];
      for (const file of files) {
        const text = readFileSync(join(site.dir, file), 'utf8');
        for (const trace of traces) if (text.includes(trace)) found.push(`${file}: “${trace}”`);
        if (file.endsWith('.html') && file !== '404.html' && !text.includes(ward.name)) found.push(`${file}: does not name ${ward.name}`);
      }
      expect(found.slice(0, 30), `${found.length} problem(s)`).toEqual([]);
    });

    test('every URL of every page, sitemap, manifest and the worker stays under its base', () => {
      const site = siteOf(ward);
      const files = buildFiles(site.dir);
      const pages = files.filter((file) => file.endsWith('.html'));
      expectClean(crawlPages(site, files), pages.length * 20);
      expectClean(crawlFiles(site, files.filter((file) => /^sitemap-.*\.xml$/.test(file) || file === 'tin-tuc/rss.xml'), readXml), 100);
      expectClean(crawlFiles(site, ['sw.js'], readServiceWorker, { folders: true }), 2);
      expectClean(crawlFiles(site, ['manifest.webmanifest'], readManifest), 3);
    });
  });
}

/** Two wards under /phuong/ of one origin: what a page of either asks stays under /phuong/ (each one's own base: the crawls above). */
const city = { origin: origin(ba), base: '/phuong/' };

test('a ward with nothing published yet says so on each section, with whom to ask', async ({ page }, testInfo) => {
  const problems = watchPage(page, testInfo, { site: { origin: origin(ba), base: ba.base } });
  const phone = wardFile(ba).office.phone;
  await page.goto(at(ba, 'phong-trao/ke-hoach/'));
  await expect(page.locator('[data-nothing-yet]')).toContainText('chưa đưa kế hoạch');
  await expect(page.locator('[data-nothing-yet]')).toContainText(phone);
  await page.goto(at(ba, 'phong-trao/tien-do/'));
  await expect(page.locator('[data-nothing-yet]')).toContainText('chưa đưa số liệu');
  await page.goto(at(ba, 'phong-trao/mang-luoi-ho-tro/'));
  await expect(page.locator('[data-nothing-yet]').first()).toContainText('chưa đưa danh sách Tổ công nghệ số');
  await page.goto(at(ba, 'tin-tuc/'));
  await expect(page.getByRole('main')).toContainText(strings['news.none']);
  await page.goto(at(ba, 'lich-hoc/'));
  await expect(page.getByRole('main')).toContainText(strings['events.noneUpcoming']);
  await page.goto(at(ba));
  await expect(page.locator('#tin-moi ~ [data-nothing-yet], [data-nothing-yet]').first()).toContainText(strings['news.none']);
  expect(problems).toEqual([]);
});

test("a ward's own news, pictures and page prose replace the shared ones", async ({ page }, testInfo) => {
  const problems = watchPage(page, testInfo, { site: { origin: origin(own), base: own.base } });
  await page.goto(at(own, 'tin-tuc/'));
  await page.getByRole('link', { name: 'Lớp học kỹ năng số đầu tiên của phường Hải Yến' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lớp học kỹ năng số đầu tiên của phường Hải Yến');
  const cover = page.getByRole('img', { name: 'Hình vẽ lớp học có năm người cao tuổi cầm điện thoại.' });
  await expect(cover).toBeVisible();
  // The picture loads lazily: wait until it has, then it must have drawn.
  await expect.poll(() => cover.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
  await page.goto(at(own, 'phong-trao/'));
  await expect(page.getByRole('main')).toContainText('Theo Kế hoạch số 12/KH-UBND của phường Hải Yến');
  expect(problems).toEqual([]);
  // A ward that wrote no prose of its own gets the shared words.
  await page.goto(at(ba, 'phong-trao/'));
  await expect(page.getByRole('main')).toContainText('Theo kế hoạch thực hiện phong trào của phường');
});

async function searchFor(page: Page, ward: TestWard, query: string) {
  await page.goto(at(ward, `tim-kiem/?q=${encodeURIComponent(query)}`));
  const first = page.locator('[data-results] li h2 a').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  return first;
}

test('search in each ward of one origin finds lessons inside that ward', async ({ page }, testInfo) => {
  const problems = watchPage(page, testInfo, { site: city });
  for (const ward of [ba, bon]) {
    const first = await searchFor(page, ward, 'mã OTP');
    const target = new URL(String(await first.getAttribute('href')), page.url());
    expect(target.pathname.startsWith(ward.base), `${target.pathname} is under ${ward.base}`).toBe(true);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`^${origin(ward)}${ward.base}khoa-hoc/`));
    await expect(page.getByRole('contentinfo')).toContainText(ward.name);
  }
  expect(problems).toEqual([]);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('two wards on one origin read offline each from its own worker and store, and neither prunes the other', async ({ page, context }, testInfo) => {
    const problems = watchPage(page, testInfo, { site: city });
    const lesson = 'khoa-hoc/an-toan-tren-mang/bao-ve-du-lieu-ca-nhan/';
    for (const ward of [ba, bon]) {
      await page.goto(at(ward, lesson));
      await controlled(page);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(at(ward));
      await expect
        .poll(() => storedIn(page, pagesCache(ward.base)), { timeout: 10_000 })
        .toContain(at(ward, lesson));
    }
    // Each ward's store holds its own pages only; the first ward's pages survived the second's worker.
    for (const ward of [ba, bon]) {
      const urls = await storedIn(page, pagesCache(ward.base));
      expect(urls).toContain(at(ward, lesson));
      expect(urls.filter((url) => !url.startsWith(at(ward)))).toEqual([]);
    }
    await context.setOffline(true);
    for (const ward of [ba, bon]) {
      await page.goto(at(ward, lesson));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bảo vệ dữ liệu cá nhân của bạn');
      await expect(page.getByRole('contentinfo')).toContainText(ward.name);
    }
    await context.setOffline(false);
    expect(problems).toEqual([]);
  });
});
