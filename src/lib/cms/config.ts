import { z } from 'astro/zod';
import { type Forge, parseConfig } from '../../config.ts';
import { SLUG } from '../text/fold.ts';
import { courseSchema } from '../content/course-schema.ts';
import { eventSchema } from '../content/event-schema.ts';
import { factsSchema } from '../content/facts.ts';
import { lessonSchema } from '../content/lesson-schema.ts';
import { newsSchema } from '../content/news-schema.ts';
import { pageSchema } from '../content/page-schema.ts';
import { pathSchema } from '../content/path-schema.ts';
import { indicatorsSchema, networkSchema, planSchema } from '../content/plan.ts';
import { wardSchema } from '../content/ward.ts';
import { kind, PAGE_KINDS, type KindName } from '../content/registry.ts';
import { contentLayout, kindFile, WARDS_FOLDER } from '../content/layout.ts';
import { type CmsField, fieldsOf } from './fields.ts';
import { BODY_HINTS, LABELS } from './labels.ts';

/**
 * Where the manager reads and writes each kind, from the registry the build's content check reads: a ward's
 * own kinds in its folder (content/wards/<ward>/), the shared library in content/. Paths are the repository's.
 */
const contentFolder = (name: KindName, ward: string) => {
  const { scope, folder } = kind(name);
  const root = scope === 'ward' ? `content/${WARDS_FOLDER}/${ward}` : 'content';
  return folder ? `${root}/${folder}` : root;
};
const contentFile = (name: KindName, ward: string) => `${contentFolder(name, ward)}/${kind(name).pattern}`;

/*
 * The content manager's configuration (Sveltia CMS), built from the same
 * schemas the build checks content with. It is served as /quan-tri/config.yml,
 * so a course added today gets its lesson list without editing any config.
 */

export type { Forge };

/** Reads the forge from HVS_CMS_* variables (src/config.ts); see the editors' guide. */
export function forgeFromEnv(env: Record<string, string | undefined>): Forge {
  return parseConfig(env).forge;
}

/**
 * Origins the manager talks to in the hosted mode: the forge's API (connect)
 * and its avatars (img). The local mode talks to none of them.
 */
export function forgeOrigins(forge: Forge): { connect: string[]; img: string[] } {
  const origin = (url: string | undefined, fallback: string) => (url ? new URL(url).origin : fallback);
  switch (forge.name) {
    case 'github':
      return { connect: [origin(forge.apiRoot, 'https://api.github.com')], img: ['https://avatars.githubusercontent.com'] };
    case 'gitlab':
      return { connect: [origin(forge.apiRoot ?? forge.baseUrl, 'https://gitlab.com')], img: [] };
    default:
      return { connect: [origin(forge.apiRoot ?? forge.baseUrl, 'https://gitea.com')], img: [] };
  }
}

export interface CourseRef {
  slug: string;
  title: string;
}

/** File names: lowercase Latin letters without marks, digits and hyphens. */
export const SLUG_PATTERN = SLUG.source;

const slugOptions = (hint: string, template = '{{title}}') => ({
  template,
  editable: ['create'],
  hint,
  pattern: [SLUG_PATTERN, 'Tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: lop-hoc-vneid.'],
});

// The body is edited as text: the manager's rich-text editor would rewrite the
// MDX components it does not know, and what it writes must build unchanged.
const body = (hint: string): CmsField => ({ name: 'body', label: 'Nội dung', widget: 'text', hint });

const frontmatter = { format: 'frontmatter', extension: 'mdx' } as const;

function lessonFields(course: string): CmsField[] {
  return fieldsOf(lessonSchema(z.custom<string>()), LABELS['lesson'] ?? {}).map((field) =>
    // A lesson belongs to the course whose folder holds it: not a choice.
    field.name === 'course' ? { name: field.name, label: field.label, widget: 'hidden', default: course } : field,
  );
}

/** The whole configuration, as the manager reads it, for the ward whose folder it edits. */
export function cmsConfig(courses: CourseRef[], forge: Forge, siteUrl: string, logo: string, ward: string) {
  const folder = (name: KindName) => contentFolder(name, ward);
  const file = (name: KindName) => contentFile(name, ward);
  // A page's prose: the ward's own file where it wrote one, else the shared one (content/ relative to the repository).
  const layout = contentLayout('content', ward);
  const proseFile = (page: (typeof PAGE_KINDS)[number]) => kindFile(page, layout)?.split('\\').join('/') ?? `content/${page.folder}/${page.pattern}`;
  return {
    backend: {
      name: forge.name,
      repo: forge.repo,
      branch: forge.branch,
      ...(forge.apiRoot ? { api_root: forge.apiRoot } : {}),
      ...(forge.baseUrl ? { base_url: forge.baseUrl } : {}),
      // GitLab, Gitea and Forgejo sign in from the browser alone (PKCE); GitHub needs its helper.
      ...(forge.appId ? { app_id: forge.appId, ...(forge.name === 'github' ? {} : { auth_type: 'pkce' }) } : {}),
      commit_messages: {
        create: 'Thêm {{collection}} “{{slug}}”',
        update: 'Sửa {{collection}} “{{slug}}”',
        delete: 'Xóa {{collection}} “{{slug}}”',
        uploadMedia: 'Thêm ảnh “{{path}}”',
        deleteMedia: 'Xóa ảnh “{{path}}”',
      },
    },
    app_title: 'Quản trị nội dung – Bình dân học vụ số',
    site_url: siteUrl,
    // The link under the manager's title: the public site, wherever the manager itself is served.
    ...(siteUrl ? { display_url: siteUrl } : {}),
    logo: { src: logo },
    media_folder: 'content/media',
    public_folder: '',
    media_libraries: {
      // Uploaded names follow the slug rules (no marks, no spaces); phone photos
      // are shrunk to WebP in the browser before they reach the repository.
      all: { slugify_filename: true, max_file_size: 10_000_000, transformations: { raster_image: { format: 'webp', quality: 80, width: 1600, height: 1600 } } },
      // Stock photo services live on other origins.
      stock_assets: false,
    },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', trim: true, lowercase: true },
    // An optional field left empty is left out, as a hand-written file would.
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    collections: [
      {
        name: 'tin-tuc',
        label: 'Tin tức',
        label_singular: 'tin',
        folder: folder('news'),
        ...frontmatter,
        slug: slugOptions('Tên tệp của tin, cũng là địa chỉ trang: /tin-tuc/<tên tệp>/.'),
        // A ward's pictures go into its own folder.
        media_folder: `/${folder('ward')}/media/tin-tuc`,
        public_folder: 'tin-tuc',
        summary: "{{title}} ({{date | date('DD/MM/YYYY')}})",
        sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
        fields: [...fieldsOf(newsSchema, LABELS['news'] ?? {}), body(BODY_HINTS.news)],
      },
      {
        name: 'lich-hoc',
        label: 'Lịch học và sự kiện',
        label_singular: 'lớp học, sự kiện',
        folder: folder('event'),
        ...frontmatter,
        slug: slugOptions('Tên tệp, cũng là địa chỉ trang: /lich-hoc/<tên tệp>/.'),
        summary: '{{title}} ({{start}})',
        sortable_fields: { fields: ['start', 'title'], default: { field: 'start', direction: 'descending' } },
        fields: [...fieldsOf(eventSchema, LABELS['event'] ?? {}), body(BODY_HINTS.event)],
      },
      {
        name: 'khoa-hoc',
        label: 'Khóa học',
        label_singular: 'khóa học',
        folder: folder('course'),
        path: '{{slug}}/index',
        format: 'frontmatter',
        extension: 'md',
        slug: slugOptions('Tên thư mục của khóa học, cũng là địa chỉ trang: /khoa-hoc/<tên>/.'),
        sortable_fields: { fields: ['order', 'title'], default: { field: 'order', direction: 'ascending' } },
        fields: [...fieldsOf(courseSchema, LABELS['course'] ?? {}), body(BODY_HINTS.course)],
      },
      ...courses.map((course) => ({
        name: `bai-hoc-${course.slug}`,
        label: `Bài học: ${course.title}`,
        label_singular: 'bài học',
        folder: `${folder('lesson')}/${course.slug}`,
        ...frontmatter,
        slug: slugOptions(`Tên tệp của bài, cũng là địa chỉ trang: /khoa-hoc/${course.slug}/<tên tệp>/.`),
        // The cover is read by Astro relative to the lesson file.
        media_folder: `/content/media/${course.slug}`,
        public_folder: `../../media/${course.slug}`,
        summary: '{{order}}. {{title}}',
        sortable_fields: { fields: ['order', 'title'], default: { field: 'order', direction: 'ascending' } },
        fields: [...lessonFields(course.slug), body(BODY_HINTS.lesson)],
      })),
      {
        name: 'lo-trinh',
        label: 'Lộ trình học',
        label_singular: 'lộ trình',
        folder: folder('path'),
        format: 'yaml',
        extension: 'yaml',
        identifier_field: 'audience',
        slug: slugOptions('Tên tệp của lộ trình, ví dụ: nguoi-cao-tuoi.', '{{audience}}'),
        fields: fieldsOf(pathSchema, LABELS['path'] ?? {}),
      },
      {
        name: 'trang',
        label: 'Lời các trang',
        label_singular: 'trang',
        format: 'frontmatter',
        files: PAGE_KINDS.map((page) => ({
          name: page.pattern.replace(/\.mdx$/, ''),
          label: page.label.charAt(0).toUpperCase() + page.label.slice(1),
          file: proseFile(page),
          fields: [...fieldsOf(pageSchema, LABELS['page'] ?? {}), body(BODY_HINTS.page)],
        })),
      },
    ],
    singletons: [
      { name: 'ke-hoach', label: 'Kế hoạch: các nhiệm vụ', file: file('plan'), fields: fieldsOf(planSchema, LABELS['plan'] ?? {}) },
      { name: 'chi-so', label: 'Tiến độ: các chỉ số', file: file('indicators'), fields: fieldsOf(indicatorsSchema, LABELS['indicators'] ?? {}) },
      { name: 'mang-luoi', label: 'Mạng lưới hỗ trợ', file: file('network'), fields: fieldsOf(networkSchema, LABELS['network'] ?? {}) },
      { name: 'phuong', label: 'Thông tin của phường', file: file('ward'), fields: fieldsOf(wardSchema, LABELS['ward'] ?? {}) },
      { name: 'thong-tin-quoc-gia', label: 'Thông tin quốc gia: tổng đài, trang web, quy định', file: file('facts'), fields: fieldsOf(factsSchema, LABELS['facts'] ?? {}) },
    ],
  };
}
