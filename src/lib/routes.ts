import { PAGE_SIZE } from './campaign/paginate.ts';
import { slugify } from './text/fold.ts';
import { withBase } from './url.ts';

/*
 * Every path of the site, named once. A path here is relative to the
 * deployment's base ("khoa-hoc/"): pages link with href(routes.x), full
 * addresses (canonical, feeds, JSON-LD) come from absoluteUrl(), and the
 * content check lists every page the content makes with siteRoutes(), so a
 * link an editor writes is checked against the pages that will exist.
 * tests/e2e/routes.spec.ts holds these to the pages a real build writes;
 * tests/unit/route-literals.test.ts keeps path strings out of the rest of src/.
 */

/** The content manager's folder under the base (for editors, not residents). */
export const MANAGER_DIR = 'quan-tri';

/** Pages and files whose address comes from no content: one per page file without [brackets] in src/pages, plus the manager's two. */
const fixedPages = {
  home: '',
  myLearning: 'hoc-tap-cua-toi/',
  certificate: 'hoc-tap-cua-toi/chung-nhan/',
  courses: 'khoa-hoc/',
  events: 'lich-hoc/',
  calendarFeed: 'lich-hoc/lich-hoc.ics',
  paths: 'lo-trinh/',
  offline: 'ngoai-tuyen/',
  movement: 'phong-trao/',
  plan: 'phong-trao/ke-hoach/',
  network: 'phong-trao/mang-luoi-ho-tro/',
  festival: 'phong-trao/ngay-hoi-toan-dan-hoc-tap-so/',
  progress: 'phong-trao/tien-do/',
  leaflet: 'phong-trao/to-roi/',
  materials: 'tai-lieu/',
  campaignPoster: 'tai-lieu/ap-phich-phong-trao/',
  stallSign: 'tai-lieu/bien-quet-ma/',
  checkQr: 'tai-lieu/kiem-tra-ma-qr/',
  mentorBook: 'tai-lieu/dai-su-so/',
  practice: 'thuc-hanh/',
  drill: 'thuc-hanh/nhan-biet-lua-dao/',
  search: 'tim-kiem/',
  accessibility: 'tro-nang/',
  newsFeed: 'tin-tuc/rss.xml',
  manifest: 'manifest.webmanifest',
  robots: 'robots.txt',
  serviceWorker: 'sw.js',
  manager: `${MANAGER_DIR}/`,
  managerConfig: `${MANAGER_DIR}/config.yml`,
} as const;

export const routes = {
  ...fixedPages,
  /** First page of the news list (tin-tuc/[...page].astro). */
  news: 'tin-tuc/',
  /** The not-found page (404.astro), kept out of the sitemap. */
  notFound: '404/',
  /** Written by @astrojs/sitemap. */
  sitemap: 'sitemap-index.xml',
  /** The share picture of pages that name none (public/). */
  shareImage: 'og-image.png',
  /** The search index's folder (integrations/pagefind.ts), left to the network by the service worker. */
  searchFiles: 'pagefind/',
  /** The site's own search index in it (integrations/pagefind.ts writes it, with a .gz copy). */
  searchIndex: 'pagefind/tim-kiem.json',
  /** Astro's hashed files: a name never changes content. */
  builtFiles: '_astro/',

  course: (courseId: string) => `khoa-hoc/${courseId}/`,
  /** `lessonId` is "course/lesson". */
  lesson: (lessonId: string) => `khoa-hoc/${lessonId}/`,
  path: (pathId: string) => `lo-trinh/${pathId}/`,
  exercise: (exerciseId: string) => `${fixedPages.practice}${exerciseId}/`,
  /** The certificate page opened on one course (scripts/certificate.ts reads `khoa`). */
  certificateOf: (courseId: string) => `${fixedPages.certificate}?khoa=${encodeURIComponent(courseId)}`,
  newsItem: (id: string) => `tin-tuc/${id}/`,
  newsCategory: (category: string) => `tin-tuc/chuyen-muc/${slugify(category)}/`,
  newsYear: (year: number) => `tin-tuc/nam/${year}/`,
  newsShareImage: (id: string) => `tin-tuc/anh/${id}.png`,
  event: (id: string) => `lich-hoc/${id}/`,
  eventCalendar: (id: string) => `lich-hoc/${id}.ics`,
  task: (slug: string) => `${fixedPages.plan}${slug}/`,
  lessonPoster: (lessonId: string) => `tai-lieu/ap-phich/${lessonId}/`,
  booklet: (courseId: string) => `tai-lieu/so-tay/${courseId}/`,
  /** Page `number` (from 1) of a list whose first page is at `first` (routes.news, routes.newsYear(2026)…). */
  listPage: (first: string, number: number) => (number === 1 ? first : `${first}trang/${number}/`),
} as const;

/** Pages kept out of the sitemap: the not-found and offline pages answer no search, the manager is for editors. */
export const UNLISTED: readonly string[] = [routes.notFound, routes.offline, routes.manager];

/** Every page and file whose address comes from no content. */
export const FIXED_PAGES: readonly string[] = Object.values(fixedPages);

/** A path of the site as an href under the deployment's base ("/binh-dan-hoc-vu-so/khoa-hoc/"). */
export const href = (path: string, base?: string): string => withBase(path, base);

/** A path of the site as a full address on `site` (canonical links, feeds, JSON-LD, printed QR codes). */
export function absoluteUrl(path: string, site: URL | string | undefined, base?: string): string {
  return new URL(href(path, base), site ?? 'http://localhost/').href;
}

/** What the content holds that decides which pages exist. */
export interface RouteFacts {
  courses: string[];
  /** "course/lesson" */
  lessons: string[];
  paths: string[];
  practice: string[];
  news: { id: string; category: string; year: number }[];
  events: string[];
  taskSlugs: string[];
}

function listPages(first: string, count: number): string[] {
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
  return Array.from({ length: pages }, (_, index) => routes.listPage(first, index + 1));
}

/** Every page and file the build writes from the content (not _astro/, pagefind/ or public/ files). */
export function siteRoutes(facts: RouteFacts): Set<string> {
  const byCategory = new Map<string, number>();
  const byYear = new Map<number, number>();
  for (const item of facts.news) {
    byCategory.set(item.category, (byCategory.get(item.category) ?? 0) + 1);
    byYear.set(item.year, (byYear.get(item.year) ?? 0) + 1);
  }
  return new Set([
    ...FIXED_PAGES,
    ...facts.courses.flatMap((id) => [routes.course(id), routes.booklet(id)]),
    ...facts.lessons.flatMap((id) => [routes.lesson(id), routes.lessonPoster(id)]),
    ...facts.paths.map(routes.path),
    ...facts.practice.map(routes.exercise),
    ...facts.taskSlugs.map(routes.task),
    ...facts.events.flatMap((id) => [routes.event(id), routes.eventCalendar(id)]),
    ...facts.news.flatMap((item) => [routes.newsItem(item.id), routes.newsShareImage(item.id)]),
    ...listPages(routes.news, facts.news.length),
    ...[...byCategory].flatMap(([category, count]) => listPages(routes.newsCategory(category), count)),
    ...[...byYear].flatMap(([year, count]) => listPages(routes.newsYear(year), count)),
  ]);
}
