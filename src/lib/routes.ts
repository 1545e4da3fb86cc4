import { PAGE_SIZE, pageHref } from './campaign/paginate.ts';
import { slugify } from './text/fold.ts';

/*
 * The site's paths (relative to the base, to be passed through withBase()).
 * Pages build their links with these, and the content check lists every page
 * the content makes with siteRoutes(), so a link an editor writes is checked
 * against the pages that will exist. tests/e2e/routes.spec.ts holds
 * siteRoutes() to the pages a real build writes.
 */

export const courseHref = (courseId: string) => `khoa-hoc/${courseId}/`;
export const lessonHref = (lessonId: string) => `khoa-hoc/${lessonId}/`;
export const pathHref = (pathId: string) => `lo-trinh/${pathId}/`;
export const practiceHref = (id: string) => `thuc-hanh/${id}/`;
export const drillHref = 'thuc-hanh/nhan-biet-lua-dao/';
export const newsHref = (id: string) => `tin-tuc/${id}/`;
export const newsCategoryHref = (category: string) => `tin-tuc/chuyen-muc/${slugify(category)}/`;
export const newsYearHref = (year: number) => `tin-tuc/nam/${year}/`;
export const newsFeedHref = 'tin-tuc/rss.xml';
export const newsShareImageHref = (id: string) => `tin-tuc/anh/${id}.png`;
export const eventHref = (id: string) => `lich-hoc/${id}/`;
export const eventCalendarHref = (id: string) => `lich-hoc/${id}.ics`;
export const calendarFeedHref = 'lich-hoc/lich-hoc.ics';
export const taskHref = (slug: string) => `phong-trao/ke-hoach/${slug}/`;
export const festivalHref = 'phong-trao/ngay-hoi-toan-dan-hoc-tap-so/';
export const lessonPosterHref = (lessonId: string) => `tai-lieu/ap-phich/${lessonId}/`;
export const bookletHref = (courseId: string) => `tai-lieu/so-tay/${courseId}/`;
export const stallSignHref = 'tai-lieu/bien-quet-ma/';
export const checkQrHref = 'tai-lieu/kiem-tra-ma-qr/';

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

/** Pages whose address comes from no content: every page file without [brackets] in src/pages. */
export const FIXED_PAGES = [
  '',
  'hoc-tap-cua-toi/',
  'hoc-tap-cua-toi/chung-nhan/',
  'khoa-hoc/',
  'lich-hoc/',
  'lo-trinh/',
  'ngoai-tuyen/',
  'phong-trao/',
  'phong-trao/ke-hoach/',
  'phong-trao/mang-luoi-ho-tro/',
  festivalHref,
  'phong-trao/tien-do/',
  'phong-trao/to-roi/',
  'quan-tri/',
  'tai-lieu/',
  'tai-lieu/ap-phich-phong-trao/',
  stallSignHref,
  checkQrHref,
  'tai-lieu/dai-su-so/',
  'thuc-hanh/',
  drillHref,
  'tim-kiem/',
  'tro-nang/',
  calendarFeedHref,
  newsFeedHref,
  'manifest.webmanifest',
  'robots.txt',
  'sw.js',
  'quan-tri/config.yml',
];

function listPages(first: string, count: number): string[] {
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
  return Array.from({ length: pages }, (_, index) => pageHref(first, index + 1));
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
    ...facts.courses.flatMap((id) => [courseHref(id), bookletHref(id)]),
    ...facts.lessons.flatMap((id) => [lessonHref(id), lessonPosterHref(id)]),
    ...facts.paths.map(pathHref),
    ...facts.practice.map(practiceHref),
    ...facts.taskSlugs.map(taskHref),
    ...facts.events.flatMap((id) => [eventHref(id), eventCalendarHref(id)]),
    ...facts.news.flatMap((item) => [newsHref(item.id), newsShareImageHref(item.id)]),
    ...listPages('tin-tuc/', facts.news.length),
    ...[...byCategory].flatMap(([category, count]) => listPages(newsCategoryHref(category), count)),
    ...[...byYear].flatMap(([year, count]) => listPages(newsYearHref(year), count)),
  ]);
}
