import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { type CmsField, fieldsOf, missingLabels } from '../../src/lib/cms/fields';
import { cmsConfig, forgeFromEnv, forgeOrigins, SLUG_PATTERN } from '../../src/lib/cms/config';
import { LABELS } from '../../src/lib/cms/labels';
import { courseSchema } from '../../src/lib/content/course-schema';
import { eventSchema } from '../../src/lib/content/event-schema';
import { lessonSchema } from '../../src/lib/content/lesson-schema';
import { NEWS_CATEGORIES, newsSchema } from '../../src/lib/content/news-schema';
import { pathSchema } from '../../src/lib/content/path-schema';
import { indicatorsSchema, networkSchema, planSchema } from '../../src/lib/content/plan';
import { wardSchema } from '../../src/lib/content/ward';
import { factsSchema } from '../../src/lib/content/facts';

const SCHEMAS: Record<string, z.ZodType> = {
  ward: wardSchema,
  facts: factsSchema,
  course: courseSchema,
  lesson: lessonSchema(z.custom<string>()),
  path: pathSchema,
  news: newsSchema,
  event: eventSchema,
  plan: planSchema,
  indicators: indicatorsSchema,
  network: networkSchema,
};

describe("the content manager's forms follow the schemas", () => {
  it.each(Object.keys(SCHEMAS))('every field of the %s schema has a Vietnamese label', (name) => {
    expect(missingLabels(SCHEMAS[name] as z.ZodType, LABELS[name] ?? {})).toEqual([]);
  });

  it('keeps required fields, allowed values, kinds and defaults', () => {
    const news = fieldsOf(newsSchema, LABELS['news'] ?? {});
    const byName = Object.fromEntries(news.map((field) => [field.name, field]));
    expect(news.map((field) => field.name)).toEqual(Object.keys(newsSchema.shape));
    expect(byName['title']).toMatchObject({ widget: 'string', label: 'Tiêu đề tin' });
    expect(byName['title']?.required).toBeUndefined();
    expect(byName['category']).toMatchObject({ widget: 'select', options: [...NEWS_CATEGORIES] });
    expect(byName['date']).toMatchObject({ widget: 'datetime', time_format: false });
    expect(byName['tasks']).toMatchObject({ widget: 'list', required: false });
    expect(byName['sample']).toMatchObject({ widget: 'boolean', required: false, default: false });
    expect(byName['cover']?.fields?.map((field) => [field.name, field.required])).toEqual([
      ['src', undefined],
      ['alt', undefined],
    ]);
  });

  it('makes the lesson cover a picture with its alt text required, and whole numbers whole', () => {
    const lesson = fieldsOf(lessonSchema(z.custom<string>()), LABELS['lesson'] ?? {});
    const cover = lesson.find((field) => field.name === 'cover');
    expect(cover).toMatchObject({ widget: 'object', required: false });
    expect(cover?.fields?.find((field) => field.name === 'src')?.widget).toBe('image');
    expect(cover?.fields?.find((field) => field.name === 'alt')?.required).toBeUndefined();
    expect(lesson.find((field) => field.name === 'order')).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(lesson.find((field) => field.name === 'audiences')).toMatchObject({ widget: 'select', multiple: true });
    expect(lesson.find((field) => field.name === 'quiz')?.fields?.map((field) => field.name)).toEqual(['question', 'options', 'answer', 'explanation']);
  });

  it('notices a field added to a schema without a label', () => {
    const grown = newsSchema.extend({ location: z.string() });
    expect(missingLabels(grown, LABELS['news'] ?? {})).toEqual(['location']);
  });
});

const COURSES = [
  { slug: 'lam-quen-dien-thoai-va-internet', title: 'Làm quen với điện thoại thông minh và Internet' },
  { slug: 'an-toan-tren-mang', title: 'An toàn trên mạng' },
];
const config = cmsConfig(COURSES, forgeFromEnv({}), 'https://anbinh.example.gov.vn/', '/favicon.svg', 'mau');
type Entry = { name: string; folder?: string; file?: string; fields: CmsField[]; media_folder?: string; public_folder?: string };
const entries = [...config.collections, ...config.singletons].filter((entry) => 'fields' in entry) as unknown as Entry[];
const entry = (name: string) => entries.find((item) => item.name === name) as Entry;
const field = (fields: CmsField[], path: string): CmsField | undefined => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((item) => item.name === head);
  return rest.length ? field(found?.fields ?? (found?.field ? [found.field] : []), rest.join('.')) : found;
};

describe("the content manager's configuration (/quan-tri/config.yml)", () => {
  it("is valid for the manager: it passes Sveltia CMS's own configuration schema", () => {
    const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false }).compile(schema);
    validate(config);
    expect(validate.errors ?? []).toEqual([]);
  });

  it.each([
    ['tin-tuc', newsSchema, true],
    ['lich-hoc', eventSchema, true],
    ['khoa-hoc', courseSchema, true],
    ['bai-hoc-an-toan-tren-mang', lessonSchema(z.custom<string>()), true],
    ['lo-trinh', pathSchema, false],
    ['ke-hoach', planSchema, false],
    ['chi-so', indicatorsSchema, false],
    ['mang-luoi', networkSchema, false],
    ['phuong', wardSchema, false],
    ['thong-tin-quoc-gia', factsSchema, false],
  ] as const)('gives %s every field of its schema, in order', (name, schema, hasBody) => {
    const shape = (schema as unknown as { _zod: { def: { shape?: object; in?: { _zod: { def: { shape: object } } } } } })._zod.def;
    const keys = Object.keys(shape.shape ?? shape.in?._zod.def.shape ?? {});
    expect(keys.length).toBeGreaterThan(0);
    expect(entry(name).fields.map((item) => item.name)).toEqual(hasBody ? [...keys, 'body'] : keys);
  });

  it('points every collection and file at a folder or file that exists', () => {
    for (const item of entries) expect(existsSync(item.folder ?? item.file ?? ''), item.name).toBe(true);
  });

  it('groups lessons by course, each writing its own course and pictures beside it', () => {
    const lessons = entry('bai-hoc-lam-quen-dien-thoai-va-internet');
    expect(lessons.folder).toBe('content/courses/lam-quen-dien-thoai-va-internet');
    expect(field(lessons.fields, 'course')).toEqual({ name: 'course', label: 'Khóa học', widget: 'hidden', default: 'lam-quen-dien-thoai-va-internet' });
    expect(lessons.media_folder).toBe('/content/media/lam-quen-dien-thoai-va-internet');
    // Astro reads a lesson cover relative to the lesson file.
    expect(lessons.public_folder).toBe('../../media/lam-quen-dien-thoai-va-internet');
    expect(field(lessons.fields, 'cover.src')).toMatchObject({ widget: 'image', choose_url: false });
    expect(field(lessons.fields, 'cover.alt')?.required).toBeUndefined();
  });

  it("edits the chosen ward's own files in its folder and the shared library in content/", () => {
    const other = cmsConfig(COURSES, forgeFromEnv({}), '', '', 'an-binh');
    const find = (name: string) => [...other.collections, ...other.singletons].find((item) => item.name === name) as { folder?: string; file?: string; media_folder?: string };
    expect(find('tin-tuc').folder).toBe('content/wards/an-binh/news');
    expect(find('tin-tuc').media_folder).toBe('/content/wards/an-binh/media/tin-tuc');
    expect(find('lich-hoc').folder).toBe('content/wards/an-binh/events');
    expect(find('ke-hoach').file).toBe('content/wards/an-binh/plan/nhiem-vu.yaml');
    expect(find('phuong').file).toBe('content/wards/an-binh/ward.yaml');
    expect(find('thong-tin-quoc-gia').file).toBe('content/site/facts.yaml');
    expect(find('bai-hoc-lam-quen-dien-thoai-va-internet').folder).toBe('content/courses/lam-quen-dien-thoai-va-internet');
    // Page prose: the ward's own copy where it has one (the sample ward's movement page), else the shared words.
    const prose = (config.collections.find((item) => item.name === 'trang') as { files: { name: string; file: string }[] }).files;
    expect(prose.find((file) => file.name === 'phong-trao')?.file).toBe('content/wards/mau/pages/phong-trao.mdx');
    expect(prose.find((file) => file.name === 'tro-nang')?.file).toBe('content/pages/tro-nang.mdx');
  });

  it('makes the news cover a picture from content/wards/mau/media/tin-tuc/, never a web address', () => {
    const news = entry('tin-tuc');
    expect(field(news.fields, 'cover.src')).toMatchObject({ widget: 'image', choose_url: false });
    expect(news.media_folder).toBe('/content/wards/mau/media/tin-tuc');
    expect(config.media_libraries.stock_assets).toBe(false);
  });

  it("carries the schemas' patterns and list sizes into the forms", () => {
    const task = field(entry('tin-tuc').fields, 'tasks')?.field;
    const [source = '', message = ''] = task?.pattern ?? [];
    expect(new RegExp(source).test('2.4')).toBe(true);
    expect(new RegExp(source).test('2,4')).toBe(false);
    expect(message).toMatch(/^Mỗi nhiệm vụ ghi dạng "nhóm\.số"/);
    const lesson = entry('bai-hoc-an-toan-tren-mang').fields;
    expect(field(lesson, 'quiz.options')).toMatchObject({ min: 2, max: 4 });
    expect(field(lesson, 'sources')).toMatchObject({ min: 1 });
    // Unset means "official"; the switch starts on so the manager does not write false.
    expect(field(lesson, 'sources.official')).toMatchObject({ widget: 'boolean', default: true });
  });

  it('picks event times with a date-time picker, written as Vietnam wall-clock text', () => {
    const events = entry('lich-hoc').fields;
    for (const name of ['start', 'end']) expect(field(events, name)).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD HH:mm' });
  });

  it('names new files without diacritics', () => {
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true });
    const slug = new RegExp(SLUG_PATTERN);
    expect(slug.test('lop-hoc-vneid-to-dan-pho-so-5')).toBe(true);
    expect(slug.test('lớp-học')).toBe(false);
    expect(slug.test('Lop hoc')).toBe(false);
  });

  it('reads the git forge from the environment, and knows which origins it talks to', () => {
    expect(config.backend).toMatchObject({ name: 'github', branch: 'main' });
    expect(forgeOrigins(forgeFromEnv({}))).toEqual({ connect: ['https://api.github.com'], img: ['https://avatars.githubusercontent.com'] });
    const gitea = forgeFromEnv({ HVS_CMS_BACKEND: 'gitea', HVS_CMS_REPO: 'phuong/cong', HVS_CMS_API_ROOT: 'https://git.anbinh.gov.vn/api/v1', HVS_CMS_APP_ID: 'abc' });
    expect(forgeOrigins(gitea).connect).toEqual(['https://git.anbinh.gov.vn']);
    expect(cmsConfig([], gitea, '', '', 'mau').backend).toMatchObject({ name: 'gitea', repo: 'phuong/cong', api_root: 'https://git.anbinh.gov.vn/api/v1', app_id: 'abc', auth_type: 'pkce' });
    const github = forgeFromEnv({ HVS_CMS_REPO: 'phuong/cong', HVS_CMS_BASE_URL: 'https://auth.anbinh.workers.dev', HVS_CMS_APP_ID: 'abc' });
    expect(cmsConfig([], github, '', '', 'mau').backend).not.toHaveProperty('auth_type');
  });
});
