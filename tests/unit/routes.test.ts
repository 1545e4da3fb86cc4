import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, FIXED_PAGES, href, routes, siteRoutes, UNLISTED } from '../../src/lib/routes';

/*
 * Each path in lib/routes.ts against the page file that answers it: a name
 * that led to no page file, or a page file no name leads to, fails here
 * (tests/e2e/routes.spec.ts holds the same list to a real build).
 */

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** The address pattern of a page file, as Astro reads its name (directory format, trailing slash). */
function pattern(file: string, root: string, prefix = ''): RegExp {
  let path = prefix + relative(root, file).split(sep).join('/');
  if (path.endsWith('index.astro')) path = path.slice(0, -'index.astro'.length);
  else if (path.endsWith('.astro')) path = `${path.slice(0, -'.astro'.length)}/`;
  else path = path.slice(0, -'.ts'.length);
  const source = path
    .split(/(\[\.\.\.[a-z]+\]\/|\[[a-z]+\])/)
    .map((part) => (part.startsWith('[...') ? '(?:.+/)?' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

const PAGE_FILES = new Map([
  ...files('src/pages').map((file) => [relative('src', file).split(sep).join('/'), pattern(file, 'src/pages')] as const),
  // Injected under the manager's folder by integrations/content-manager.ts (cms.ts is its browser script, not a route).
  ...files('src/manager')
    .filter((file) => /\.astro$|\.\w+\.ts$/.test(file))
    .map((file) => [relative('src', file).split(sep).join('/'), pattern(file, 'src/manager', routes.manager)] as const),
]);

/** Every name in routes.ts that is a page or file of the build, with the page file that writes it. */
const NAMED: [string, string][] = [
  [routes.home, 'pages/index.astro'],
  [routes.myLearning, 'pages/hoc-tap-cua-toi/index.astro'],
  [routes.certificate, 'pages/hoc-tap-cua-toi/chung-nhan/index.astro'],
  [routes.courses, 'pages/khoa-hoc/index.astro'],
  [routes.events, 'pages/lich-hoc/index.astro'],
  [routes.calendarFeed, 'pages/lich-hoc/lich-hoc.ics.ts'],
  [routes.paths, 'pages/lo-trinh/index.astro'],
  [routes.offline, 'pages/ngoai-tuyen/index.astro'],
  [routes.movement, 'pages/phong-trao/index.astro'],
  [routes.plan, 'pages/phong-trao/ke-hoach/index.astro'],
  [routes.network, 'pages/phong-trao/mang-luoi-ho-tro/index.astro'],
  [routes.festival, 'pages/phong-trao/ngay-hoi-toan-dan-hoc-tap-so/index.astro'],
  [routes.progress, 'pages/phong-trao/tien-do/index.astro'],
  [routes.leaflet, 'pages/phong-trao/to-roi/index.astro'],
  [routes.materials, 'pages/tai-lieu/index.astro'],
  [routes.campaignPoster, 'pages/tai-lieu/ap-phich-phong-trao/index.astro'],
  [routes.stallSign, 'pages/tai-lieu/bien-quet-ma/index.astro'],
  [routes.checkQr, 'pages/tai-lieu/kiem-tra-ma-qr/index.astro'],
  [routes.mentorBook, 'pages/tai-lieu/dai-su-so/index.astro'],
  [routes.practice, 'pages/thuc-hanh/index.astro'],
  [routes.drill, 'pages/thuc-hanh/nhan-biet-lua-dao/index.astro'],
  [routes.search, 'pages/tim-kiem/index.astro'],
  [routes.accessibility, 'pages/tro-nang/index.astro'],
  [routes.newsFeed, 'pages/tin-tuc/rss.xml.ts'],
  [routes.manifest, 'pages/manifest.webmanifest.ts'],
  [routes.robots, 'pages/robots.txt.ts'],
  [routes.serviceWorker, 'pages/sw.js.ts'],
  [routes.manager, 'manager/index.astro'],
  [routes.managerConfig, 'manager/config.yml.ts'],
  [routes.notFound, 'pages/404.astro'],
  [routes.news, 'pages/tin-tuc/[...page].astro'],
  [routes.listPage(routes.news, 2), 'pages/tin-tuc/[...page].astro'],
  [routes.course('khoa-mau'), 'pages/khoa-hoc/[course]/index.astro'],
  [routes.lesson('khoa-mau/bai-mau'), 'pages/khoa-hoc/[course]/[lesson].astro'],
  [routes.path('moi-nguoi'), 'pages/lo-trinh/[audience].astro'],
  [routes.exercise('bai-tap'), 'pages/thuc-hanh/[exercise].astro'],
  [routes.newsItem('tin-mau'), 'pages/tin-tuc/[slug].astro'],
  [routes.newsShareImage('tin-mau'), 'pages/tin-tuc/anh/[slug].png.ts'],
  [routes.newsCategory('Chuyển đổi số'), 'pages/tin-tuc/chuyen-muc/[category]/[...page].astro'],
  [routes.listPage(routes.newsCategory('Chuyển đổi số'), 3), 'pages/tin-tuc/chuyen-muc/[category]/[...page].astro'],
  [routes.newsYear(2026), 'pages/tin-tuc/nam/[year]/[...page].astro'],
  [routes.event('lop-mau'), 'pages/lich-hoc/[slug].astro'],
  [routes.eventCalendar('lop-mau'), 'pages/lich-hoc/[slug].ics.ts'],
  [routes.task('mo-lop'), 'pages/phong-trao/ke-hoach/[task].astro'],
  [routes.lessonPoster('khoa-mau/bai-mau'), 'pages/tai-lieu/ap-phich/[course]/[lesson].astro'],
  [routes.booklet('khoa-mau'), 'pages/tai-lieu/so-tay/[course].astro'],
];

describe('routes', () => {
  it.each(NAMED)('%j is answered by src/%s', (path, file) => {
    expect(PAGE_FILES.get(file), `no page file src/${file}`).toBeDefined();
    expect(path).toMatch(PAGE_FILES.get(file)!);
  });

  it('names a path for every page file', () => {
    const named = new Set(NAMED.map(([, file]) => file));
    expect([...PAGE_FILES.keys()].filter((file) => !named.has(file))).toEqual([]);
  });

  it('lists as fixed pages exactly the page files without [brackets]', () => {
    const fixedFiles = [...PAGE_FILES.keys()].filter((file) => !file.includes('[') && file !== 'pages/404.astro');
    const fixedNamed = NAMED.filter(([, file]) => fixedFiles.includes(file)).map(([path]) => path);
    expect([...FIXED_PAGES].sort()).toEqual(fixedNamed.sort());
  });

  it.each([
    [routes.course('an-toan-tren-mang'), 'khoa-hoc/an-toan-tren-mang/'],
    [routes.lesson('an-toan-tren-mang/bi-lua'), 'khoa-hoc/an-toan-tren-mang/bi-lua/'],
    [routes.newsCategory('Chuyển đổi số'), 'tin-tuc/chuyen-muc/chuyen-doi-so/'],
    [routes.newsCategory('Đời sống'), 'tin-tuc/chuyen-muc/doi-song/'],
    [routes.listPage('tin-tuc/nam/2026/', 1), 'tin-tuc/nam/2026/'],
    [routes.listPage('tin-tuc/nam/2026/', 2), 'tin-tuc/nam/2026/trang/2/'],
    [routes.certificateOf('khoa-mau'), 'hoc-tap-cua-toi/chung-nhan/?khoa=khoa-mau'],
    [routes.eventCalendar('lop-mau'), 'lich-hoc/lop-mau.ics'],
    [routes.newsShareImage('tin-mau'), 'tin-tuc/anh/tin-mau.png'],
  ])('writes %j', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([
    [routes.home, '/', '/'],
    [routes.home, '/binh-dan-hoc-vu-so/', '/binh-dan-hoc-vu-so/'],
    [routes.courses, '/binh-dan-hoc-vu-so', '/binh-dan-hoc-vu-so/khoa-hoc/'],
    [routes.lesson('a/b'), '/', '/khoa-hoc/a/b/'],
  ])('href(%j) under base %j is %j', (path, base, expected) => {
    expect(href(path, base)).toBe(expected);
  });

  it('gives full addresses on the site, under the base', () => {
    expect(absoluteUrl(routes.lesson('a/b'), 'https://phuong.example.vn', '/binh-dan-hoc-vu-so/')).toBe('https://phuong.example.vn/binh-dan-hoc-vu-so/khoa-hoc/a/b/');
    expect(absoluteUrl(routes.home, new URL('https://phuong.example.vn/'), '/')).toBe('https://phuong.example.vn/');
    expect(absoluteUrl(routes.newsFeed, 'https://phuong.example.vn/', '/x/')).toBe('https://phuong.example.vn/x/tin-tuc/rss.xml');
  });

  it('keeps the not-found, offline and manager pages out of the sitemap, and nothing else', () => {
    expect([...UNLISTED].sort()).toEqual([routes.manager, routes.notFound, routes.offline].sort());
  });

  it('lists the practice and materials pages among the routes a link may name', () => {
    const all = siteRoutes({ courses: [], lessons: [], paths: [], practice: ['bai-tap'], news: [], events: [], taskSlugs: [] });
    for (const path of ['thuc-hanh/', 'thuc-hanh/bai-tap/', 'tai-lieu/', 'tin-tuc/', '']) expect(all.has(path), path).toBe(true);
  });
});
