import { z } from 'astro/zod';
import { courseSchema } from './course-schema.ts';
import { eventSchema } from './event-schema.ts';
import { factsSchema } from './facts.ts';
import { text } from './fields.ts';
import { lessonSchema } from './lesson-schema.ts';
import { newsSchema } from './news-schema.ts';
import { pageSchema } from './page-schema.ts';
import { pathSchema } from './path-schema.ts';
import { indicatorsSchema, networkSchema, planSchema } from './plan.ts';
import { drillSchema, practiceSchema } from './practice-schema.ts';
import { stopSchema, synonymSchema } from './vocabulary.ts';
import { routes } from '../routes.ts';
import { wardSchema } from './ward.ts';

/*
 * Every kind of file an editor writes, in one list: where it lives, how it is
 * written and which schema it must satisfy. Astro's collections
 * (src/content.config.ts), the content check that runs before every build and
 * in `npm run check:content` (lib/content/validate.ts) and the content
 * manager's configuration (lib/cms/config.ts) all read it, so they cannot
 * disagree about what a file is or what it must hold.
 */

export type ContentFormat = 'mdx' | 'markdown' | 'yaml';

export interface ContentKind {
  /** Identifier used in code. */
  name: string;
  /** What an editor calls it, in Vietnamese. */
  label: string;
  /** Folder under the content folder (or under the ward's folder, for a ward's kind); "" for the folder itself. */
  folder: string;
  /**
   * Whose files these are (lib/content/layout.ts): `shared` by every ward (in content/), the `ward`'s own
   * (in content/wards/<ward>/), or `either`: a shared default a ward may replace with a file of its own.
   */
  scope: 'shared' | 'ward' | 'either';
  /** Glob under `folder`, as Astro's glob loader takes it. */
  pattern: string;
  format: ContentFormat;
  /** The frontmatter or data schema; lessons' cover is a path string here (Astro checks it as an image). */
  schema: z.ZodType;
  /** A kind made of one file (its name is `pattern`) that every site needs. */
  required?: boolean;
  /** The page the file becomes, from its slug (the file name without extension; a lesson's is "course/lesson"). */
  route?: (slug: string) => string;
  /** Whether the body must hold text. */
  body?: 'required' | 'optional';
}

const glossarySchema = z.strictObject({
  terms: z.array(
    z.strictObject({
      term: text('Ghi cách viết đúng, ví dụ: term: mã OTP'),
      wrong: z.array(text('Ghi một cách viết sai, ví dụ: - mã otp'), { error: 'phải là danh sách cách viết sai, ví dụ: wrong: [mã otp, OTP code]' }),
    }),
    { error: 'phải là danh sách mục, mỗi mục có term và wrong.' },
  ),
});

const domainsSchema = z.strictObject({
  domains: z.array(
    text('Ghi một tên miền, ví dụ: - gov.vn').regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'ghi tên miền chữ thường, không có https:// và dấu /, ví dụ: - gov.vn' }),
    { error: 'phải là danh sách tên miền, mỗi dòng bắt đầu bằng "- ".' },
  ),
});

export const CONTENT_KINDS = [
  { name: 'course', label: 'khóa học', scope: 'shared', folder: 'courses', pattern: '*/index.md', format: 'markdown', schema: courseSchema, route: routes.course, body: 'optional' },
  { name: 'lesson', label: 'bài học', scope: 'shared', folder: 'courses', pattern: '*/*.mdx', format: 'mdx', schema: lessonSchema(text('Ghi đường dẫn ảnh bìa, ví dụ: src: ../../media/ten-khoa-hoc/anh-bia.svg')), route: routes.lesson, body: 'required' },
  { name: 'path', label: 'lộ trình', scope: 'shared', folder: 'paths', pattern: '*.yaml', format: 'yaml', schema: pathSchema, route: routes.path },
  { name: 'news', label: 'tin tức', scope: 'ward', folder: 'news', pattern: '*.mdx', format: 'mdx', schema: newsSchema, route: routes.newsItem, body: 'required' },
  { name: 'event', label: 'lớp học hoặc sự kiện', scope: 'ward', folder: 'events', pattern: '*.mdx', format: 'mdx', schema: eventSchema, route: routes.event, body: 'required' },
  { name: 'practice', label: 'bài thực hành', scope: 'shared', folder: 'practice', pattern: '*.yaml', format: 'yaml', schema: practiceSchema, route: routes.exercise },
  { name: 'drill', label: 'tình huống lừa đảo', scope: 'shared', folder: 'drills', pattern: 'lua-dao.yaml', format: 'yaml', schema: drillSchema, required: true },
  { name: 'ward', label: 'thông tin phường', scope: 'ward', folder: '', pattern: 'ward.yaml', format: 'yaml', schema: wardSchema, required: true },
  { name: 'facts', label: 'thông tin quốc gia (tổng đài, trang web, quy định)', scope: 'shared', folder: 'site', pattern: 'facts.yaml', format: 'yaml', schema: factsSchema, required: true },
  { name: 'glossary', label: 'cách viết thống nhất', scope: 'shared', folder: 'site', pattern: 'glossary.yaml', format: 'yaml', schema: glossarySchema },
  { name: 'officialDomains', label: 'trang chính thức', scope: 'shared', folder: 'site', pattern: 'official-domains.yaml', format: 'yaml', schema: domainsSchema },
  { name: 'plan', label: 'kế hoạch', scope: 'ward', folder: 'plan', pattern: 'nhiem-vu.yaml', format: 'yaml', schema: planSchema },
  { name: 'indicators', label: 'chỉ số tiến độ', scope: 'ward', folder: 'plan', pattern: 'chi-so.yaml', format: 'yaml', schema: indicatorsSchema },
  { name: 'network', label: 'mạng lưới hỗ trợ', scope: 'ward', folder: 'plan', pattern: 'mang-luoi.yaml', format: 'yaml', schema: networkSchema },
  // Prose of pages that are not lessons or news: each page shows one file (src/lib/content/pages.ts).
  { name: 'movementPage', label: 'lời trang Phong trào', scope: 'either', folder: 'pages', pattern: 'phong-trao.mdx', format: 'mdx', schema: pageSchema, required: true, body: 'required' },
  { name: 'accessibilityPage', label: 'lời trang Trợ năng', scope: 'either', folder: 'pages', pattern: 'tro-nang.mdx', format: 'mdx', schema: pageSchema, required: true, body: 'required' },
  { name: 'leaflet', label: 'lời tờ rơi', scope: 'either', folder: 'pages', pattern: 'to-roi.mdx', format: 'mdx', schema: pageSchema, required: true, body: 'required' },
  { name: 'festivalPage', label: 'lời trang Ngày hội 10/10', scope: 'either', folder: 'pages', pattern: 'ngay-hoi.mdx', format: 'mdx', schema: pageSchema, required: true, body: 'required' },
  { name: 'mentorSection', label: 'lời phần Đại sứ số (trang Mạng lưới hỗ trợ)', scope: 'either', folder: 'pages', pattern: 'dai-su-so.mdx', format: 'mdx', schema: pageSchema, required: true, body: 'required' },
  { name: 'stopWords', label: 'từ bỏ qua khi tìm kiếm', scope: 'shared', folder: 'search', pattern: 'tu-bo-qua.yaml', format: 'yaml', schema: stopSchema },
  { name: 'synonyms', label: 'từ đồng nghĩa khi tìm kiếm', scope: 'shared', folder: 'search', pattern: 'tu-dong-nghia.yaml', format: 'yaml', schema: synonymSchema },
] as const satisfies readonly ContentKind[];

export type KindName = (typeof CONTENT_KINDS)[number]['name'];

/** Kinds whose one file is a page's prose, read by the `pages` collection. */
export const PAGE_KINDS = CONTENT_KINDS.filter((entry) => entry.folder === 'pages');

export const kind = (name: KindName): ContentKind => CONTENT_KINDS.find((entry) => entry.name === name) as ContentKind;

/** Files in the content folder that are not content: the editors' guide, templates, the plan's source text. */
export const NOT_CONTENT = [/^huong-dan-bien-tap\.md$/, /^mau\/[^/]+\.mdx$/, /^plan\/[^/]+\.txt$/, /(^|\/)README\.md$/, /(^|\/)\./];


/** Media an editor may put in content/media/, by lower-case extension. */
export const MEDIA_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp', 'avif', 'gif', 'mp4', 'webm', 'vtt'] as const;
export const RASTER_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'];

/** Largest picture and video an editor may add, with the reason the limit exists. */
export const MEDIA_LIMITS = {
  /** Bytes of a photo as uploaded; the build shrinks it for the page, but the file stays in the repository. */
  rasterBytes: 2 * 1024 * 1024,
  /** Longest side in pixels: enough for a sharp picture on any phone or print. */
  rasterPixels: 3000,
  /** Bytes of a video: residents pay for data. */
  videoBytes: 20 * 1024 * 1024,
  /** Bytes of a drawing (SVG): sent to every reader as it is. */
  svgBytes: 200 * 1024,
};
