import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { siteRoutes } from '../routes.ts';
import { SLUG, slugify } from '../text/fold.ts';
import { checkBody, type BodyComponent, type BodyReference } from './body.ts';
import { checkCampaign, checkLessons, checkPaths } from './check.ts';
import { FACT_TOKEN, isStale, STALE_MONTHS, unknownFactMessage } from './facts.ts';
import { isWardShow, WARD_SHOW_VALUES } from './ward.ts';
import { gzipBytes, lessonStats, lintLesson, type GlossaryTerm } from './lint.ts';
import { contentLayout, SAMPLE_WARD, WARDS_FOLDER } from './layout.ts';
import { CONTENT_KINDS, MEDIA_EXTENSIONS, MEDIA_LIMITS, NOT_CONTENT, RASTER_EXTENSIONS, type ContentKind, type KindName } from './registry.ts';

/*
 * The one content check. It reads every file of a content folder the way the
 * registry describes it and returns every problem an editor must fix (errors)
 * or should look at (warnings), each naming the file, the line or field, and
 * the fix, in Vietnamese. The build runs it before anything else and stops on
 * any error (integrations/content-check.ts); `npm run check:content` runs the
 * same function and also prints the warnings and a table of the lessons.
 */

export type Level = 'error' | 'warning';

export interface Problem {
  /** Path shown to the editor, from the project folder. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  level: Level;
  message: string;
}

/** One content file, read and parsed. */
export interface ContentFile {
  kind: ContentKind;
  /** Path from the content folder (from the ward's folder, for a ward's file), with "/". */
  path: string;
  /** Where the file is on disk. */
  absolute: string;
  /** Path shown to the editor. */
  file: string;
  /** File name without extension; a lesson's is "course/lesson". */
  slug: string;
  /** Frontmatter or data as written (before the schema), when it could be read. */
  raw?: Record<string, unknown>;
  /** Data after the schema, when it passed. */
  data?: Record<string, unknown>;
  /** MDX or Markdown body. */
  body?: string;
  /** Links and pictures in the body. */
  references: BodyReference[];
  /** Components the body uses. */
  components?: BodyComponent[];
  /** The body broke a syntax or safety rule: its components are not checked further until it is fixed. */
  bodyBroken?: boolean;
}

export interface ContentReport {
  problems: Problem[];
  files: ContentFile[];
  routes: Set<string>;
}

export interface CheckOptions {
  today?: Date;
  /** Folder of public/ files (served as they are), for links to them. */
  publicDir?: string;
  /** The ward whose folder (content/wards/<ward>/) is checked with the shared content; HVS_WARD by default. */
  ward?: string;
}

const toPosix = (path: string) => path.split(sep).join('/');

function walk(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return walk(join(dir, entry.name), path);
      return entry.isFile() ? [path] : [];
    });
}

const globToRegExp = (kind: ContentKind) =>
  new RegExp(`^${kind.folder ? `${kind.folder}/` : ''}${kind.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);
const MATCHERS = CONTENT_KINDS.map((kind) => ({ kind: kind as ContentKind, pattern: globToRegExp(kind) }));

/** Whose folder a file is in: the shared content folder or the ward's. */
type Root = 'shared' | 'ward';
const belongs = (kind: ContentKind, root: Root) => kind.scope === 'either' || kind.scope === root;
const place = (kind: ContentKind) => (kind.folder ? `${kind.folder}/${kind.pattern}` : kind.pattern);

const extension = (path: string) => /\.([^./]+)$/.exec(path)?.[1] ?? '';
const stem = (name: string) => name.replace(/\.[^.]+$/, '');

/** Why a file that matches no kind is there, and what to do with it. */
function strayFile(path: string, root: Root, ward: string): string {
  const elsewhere = MATCHERS.find(({ kind, pattern }) => !belongs(kind, root) && pattern.test(path))?.kind;
  if (elsewhere && root === 'shared') {
    return `${elsewhere.label} là của riêng từng phường nên không đọc ở đây. Chuyển tệp vào thư mục của phường: content/${WARDS_FOLDER}/${ward}/${path}.`;
  }
  if (elsewhere) return `${elsewhere.label} dùng chung cho mọi phường nên không đọc trong thư mục của phường. Chuyển tệp vào content/${path}.`;
  const name = posix.basename(path);
  const ext = extension(path);
  const parts = path.split('/');
  if (ext !== ext.toLowerCase()) {
    return `đuôi tệp ".${ext}" viết chữ hoa nên tệp không được đọc. Đổi tên tệp thành ${stem(name)}.${ext.toLowerCase()}.`;
  }
  if (parts[0] === 'courses') {
    if (parts.length === 2) return 'tệp nằm thẳng trong content/courses/. Mỗi khóa học là một thư mục; bài học đặt trong thư mục của khóa học.';
    if (ext === 'md') return `bài học phải là tệp .mdx; tệp .md bị bỏ qua nên bài không lên trang. Đổi tên tệp thành ${stem(name)}.mdx.`;
    if (name === 'index.mdx') return 'trang giới thiệu khóa học là tệp index.md (không phải .mdx). Đổi tên tệp thành index.md.';
  }
  if ((parts[0] === 'news' || parts[0] === 'events') && ext === 'md') {
    return `tin và lịch học là tệp .mdx; tệp .md bị bỏ qua. Đổi tên tệp thành ${stem(name)}.mdx.`;
  }
  if (ext === 'yml') return `đuôi .yml không được đọc. Đổi tên tệp thành ${stem(name)}.yaml.`;
  const here = root === 'shared' ? 'content' : `content/${WARDS_FOLDER}/${ward}`;
  const places = [...new Set(CONTENT_KINDS.filter((kind) => belongs(kind, root)).map((kind) => `${here}/${place(kind)}`))].join(', ');
  return `tệp này không thuộc loại nội dung nào nên không lên trang. Xóa tệp, hoặc đặt đúng chỗ và đúng tên: ${places}.`;
}

/** A YAML syntax error in the editor's words, keeping the line and column. */
function yamlProblem(error: YAMLError, lineOffset: number): { line?: number | undefined; column?: number | undefined; message: string } {
  const position = error.linePos?.[0];
  const at = { line: position ? position.line + lineOffset : undefined, column: position?.col };
  const messages: Record<string, string> = {
    TAB_AS_INDENT: 'thụt lề bằng phím Tab; tệp chỉ nhận dấu cách. Xóa Tab, thụt lề bằng hai dấu cách.',
    DUPLICATE_KEY: 'tên trường này đã có ở một dòng trước. Mỗi trường chỉ ghi một lần: xóa một trong hai dòng.',
    BLOCK_AS_IMPLICIT_KEY: 'giá trị có dấu hai chấm, hoặc dòng thụt lề sai. Đặt cả giá trị trong dấu nháy kép, ví dụ: title: "Bước 1: Mở ứng dụng"; và thụt lề các dòng con bằng nhau.',
    MULTILINE_IMPLICIT_KEY: 'dòng này thụt lề sai, hoặc giá trị dòng trên có dấu hai chấm. Thụt lề các dòng con bằng nhau; giá trị có dấu hai chấm đặt trong dấu nháy kép.',
    MISSING_CHAR: 'thiếu một dấu: dấu nháy đóng, dấu ngoặc ] hoặc dấu hai chấm sau tên trường. Kiểm tra dòng này.',
    BAD_INDENT: 'dòng này thụt lề sai, hoặc thiếu dấu ] đóng danh sách. Thụt lề các dòng con bằng nhau, bằng dấu cách.',
  };
  return { ...at, message: `viết sai cú pháp YAML: ${messages[error.code] ?? 'kiểm tra dấu hai chấm sau tên trường, thụt lề bằng dấu cách và dấu nháy quanh giá trị có dấu hai chấm.'}` };
}

/** Reads YAML text; problems carry lines counted in the whole file. */
function readYaml(text: string, lineOffset: number) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const errors = document.errors.map((error) => yamlProblem(error, lineOffset));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { data: errors.length ? undefined : (document.toJS() as unknown), errors, lineOf };
}

const fieldName = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Schema issues in the editor's words (as lib/content/errors.ts words them for the build). */
function schemaProblems(schema: z.ZodType, data: unknown, lineOf: (path: readonly PropertyKey[]) => number | undefined) {
  const result = schema.safeParse(data ?? {});
  if (result.success) return { data: result.data as Record<string, unknown>, problems: [] };
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const prefix = issue.path.length ? `${fieldName(issue.path)}.` : '';
      return {
        line: lineOf([...issue.path, issue.keys[0] ?? '']),
        message: `trường ${issue.keys.map((key) => `"${prefix}${key}"`).join(', ')}: không có trong mẫu. Kiểm tra lại chính tả tên trường (chữ hoa, chữ thường) hoặc xóa trường đó.`,
      };
    }
    return { line: lineOf(issue.path), message: `trường "${fieldName(issue.path) || '(cả tệp)'}": ${issue.message}` };
  });
  return { data: undefined, problems };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Checks a whole content folder. */
export async function checkContent(dir: string, options: CheckOptions = {}): Promise<ContentReport> {
  const today = options.today ?? new Date();
  const problems: Problem[] = [];
  const layout = contentLayout(dir, options.ward);
  const shown = (absolute: string) => toPosix(relative(process.cwd(), absolute) || absolute);
  const add = (file: string, level: Level, message: string, line?: number, column?: number) =>
    problems.push({ file, level, message, ...(line ? { line } : {}), ...(column ? { column } : {}) });

  // The shared folder (other wards' folders left out) and the ward's folder, each file with the root it is in.
  const entries = [
    ...walk(dir)
      .filter((path) => !path.startsWith(`${WARDS_FOLDER}/`))
      .map((path) => ({ path, absolute: join(dir, path), root: 'shared' as Root })),
    ...walk(layout.wardDir).map((path) => ({ path, absolute: join(layout.wardDir, path), root: 'ward' as Root })),
  ];
  const files: ContentFile[] = [];
  /** Media by path under a media folder; the ward's file replaces a shared one of the same name. */
  const media = new Map<string, string>();
  const mediaFiles: { path: string; absolute: string }[] = [];
  for (const { path, absolute, root } of entries) {
    if (NOT_CONTENT.some((pattern) => pattern.test(path))) continue;
    if (path.startsWith('media/')) {
      mediaFiles.push({ path, absolute });
      const name = path.slice('media/'.length);
      if (root === 'ward' || !media.has(name)) media.set(name, absolute);
      continue;
    }
    // A course page saved as index.mdx would otherwise pass for a lesson.
    const match = /^courses\/[^/]+\/index\.mdx$/.test(path) ? undefined : MATCHERS.find(({ kind, pattern }) => belongs(kind, root) && pattern.test(path));
    if (!match) {
      add(shown(absolute), 'error', strayFile(path, root, layout.ward));
      continue;
    }
    const { kind } = match;
    const parts = (kind.folder ? path.slice(kind.folder.length + 1) : path).split('/');
    const slug = kind.name === 'course' ? (parts[0] ?? '') : parts.map(stem).join('/');
    files.push({ kind, path, absolute, file: shown(absolute), slug, references: [] });
  }
  // A page's prose the ward wrote replaces the shared default: both are checked, the ward's is shown.
  const replaced = new Set(files.filter((file) => file.kind.scope === 'either' && file.absolute.startsWith(layout.wardDir)).map((file) => file.kind));
  const shownFiles = files.filter((file) => !(replaced.has(file.kind) && !file.absolute.startsWith(layout.wardDir)));

  // The ward's folder, then every kind made of one file that the site needs.
  if (!existsSync(layout.wardDir)) {
    add(
      shown(layout.wardDir),
      'error',
      `không có phường “${layout.ward}” (biến HVS_WARD): chưa có thư mục này. Tạo phường bằng lệnh npm run ward:new, hoặc ghi đúng tên thư mục một phường trong content/${WARDS_FOLDER}/ vào HVS_WARD (phường mẫu là ${SAMPLE_WARD}).`,
    );
  } else {
    for (const kind of CONTENT_KINDS as readonly ContentKind[]) {
      if (!kind.required || files.some((file) => file.kind === kind)) continue;
      const inWard = kind.scope === 'ward';
      const where = inWard ? join(layout.wardDir, place(kind)) : join(dir, place(kind));
      add(
        shown(where),
        'error',
        inWard
          ? `không tìm thấy tệp ${kind.label}. Chép tệp ${place(kind)} của phường mẫu (content/${WARDS_FOLDER}/${SAMPLE_WARD}/) vào đây rồi sửa cho phường mình.`
          : `không tìm thấy tệp ${kind.label}. Sao chép tệp mẫu content/${place(kind)} của dự án vào đây.`,
      );
    }
  }

  // Names become addresses: lower-case letters without marks, digits and hyphens, unique ignoring case.
  const seen = new Map<string, ContentFile>();
  for (const file of files) {
    if (!file.kind.route) continue;
    for (const part of file.slug.split('/')) {
      if (!SLUG.test(part)) {
        const fixed = slugify(part) || 'ten-khong-dau';
        add(file.file, 'error', `tên "${part}" thành địa chỉ trang nên chỉ được gồm chữ thường không dấu, số và dấu gạch ngang. Đổi tên thành ${fixed}${part === file.slug.split('/').at(-1) ? `.${extension(file.path)}` : ''}.`);
      }
    }
    const key = `${file.kind.name}:${slugify(file.slug.replace(/\//g, ' / '))}`;
    const other = seen.get(key);
    if (other) add(file.file, 'error', `trùng tên với ${other.file} (chỉ khác chữ hoa, chữ thường hoặc dấu). Hai tệp sẽ thành một địa chỉ; đổi tên một tệp.`);
    else seen.set(key, file);
  }

  // Read, normalise and validate each file.
  for (const file of files) {
    const source = readFileSync(file.absolute, 'utf8').replace(/^\uFEFF/, '');
    if (source !== source.normalize('NFC')) {
      const line = source.split('\n').findIndex((text) => text !== text.normalize('NFC')) + 1;
      add(file.file, 'error', 'chữ chưa ở dạng Unicode dựng sẵn (NFC), thường do bộ gõ hay phần mềm cũ: chữ trông giống nhưng máy so sánh sai (tên nhóm, tìm kiếm). Mở tệp bằng trình soạn thảo có chức năng chuyển sang Unicode dựng sẵn (hoặc gõ lại dòng đó bằng Unikey, bảng mã Unicode) rồi lưu lại.', line);
    }
    const text = source.normalize('NFC');
    let yamlText = text;
    let lineOffset = 0;
    if (file.kind.format !== 'yaml') {
      const match = FRONTMATTER.exec(text);
      if (!match) {
        add(file.file, 'error', 'tệp phải bắt đầu bằng phần thông tin đặt giữa hai dòng ---, như tệp mẫu trong content/mau/.', 1);
        continue;
      }
      yamlText = match[1] ?? '';
      lineOffset = 1;
      file.body = text.slice(match[0].length);
    }
    const yaml = readYaml(yamlText, lineOffset);
    for (const error of yaml.errors) add(file.file, 'error', error.message, error.line, error.column);
    if (yaml.errors.length) continue;
    file.raw = (yaml.data ?? {}) as Record<string, unknown>;
    const checked = schemaProblems(file.kind.schema, yaml.data, yaml.lineOf);
    for (const problem of checked.problems) add(file.file, 'error', problem.message, problem.line);
    if (checked.data) file.data = checked.data;

    if (file.body !== undefined && file.kind.format !== 'yaml') {
      const facts = checkBody(text, file.kind.format);
      for (const problem of facts.problems) add(file.file, 'error', problem.message, problem.line, problem.column);
      file.bodyBroken = facts.problems.length > 0;
      file.references = facts.references;
      file.components = facts.components;
      if (file.kind.body === 'required' && !facts.hasText) {
        add(file.file, 'error', `${file.kind.label} chưa có nội dung: phần dưới dòng --- thứ hai đang trống. Viết nội dung, hoặc xóa tệp nếu chưa dùng.`);
      }
    }
  }

  const of = (name: KindName) => shownFiles.filter((file) => file.kind.name === name);
  const single = (name: KindName) => of(name)[0]?.data;
  const lessons = of('lesson');
  const courses = of('course');
  const courseIds = courses.map((course) => course.slug);
  const mediaExists = (path: string) => media.has(path);

  // The pages the content makes, for links.
  const plan = single('plan') as { tasks?: { id: string; slug: string; courses?: string[] }[] } | undefined;
  const routes = siteRoutes({
    courses: courseIds,
    lessons: lessons.map((lesson) => lesson.slug),
    paths: of('path').map((path) => path.slug),
    practice: of('practice').map((exercise) => exercise.slug),
    events: of('event').map((event) => event.slug),
    news: of('news').map((item) => ({
      id: item.slug,
      category: String(item.raw?.['category'] ?? ''),
      year: (item.data?.['date'] as Date | undefined)?.getUTCFullYear() ?? 0,
    })),
    taskSlugs: plan?.tasks?.map((task) => task.slug) ?? [],
  });
  const publicDir = options.publicDir ?? 'public';
  for (const path of walk(publicDir)) routes.add(path);

  // Links in bodies lead to a page that exists; pictures to a file that exists.
  for (const file of files) {
    const page = new URL(file.kind.route?.(file.slug) ?? '', 'https://site.invalid/');
    for (const reference of file.references) {
      if (/^(https?:|mailto:|tel:|javascript:|vbscript:|data:|file:)/i.test(reference.url.trim()) || reference.url.startsWith('#')) continue;
      if (reference.kind === 'image') {
        if (!existsSync(join(dirname(file.absolute), decodeURI(reference.url)))) {
          add(file.file, 'error', `không tìm thấy ảnh "${reference.url}". Đặt ảnh trong content/media/ và chèn bằng <Figure src="ten-khoa-hoc/ten-anh.png" alt="…" />.`, reference.line);
        }
        continue;
      }
      const target = new URL(reference.url, page);
      let path = decodeURI(target.pathname).replace(/^\/+/, '');
      if (path && !path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
      if (target.origin !== page.origin || !routes.has(path)) {
        add(file.file, 'error', `đường link "${reference.url}" không dẫn tới trang nào của trang web. Ghi dạng /khoa-hoc/ten-khoa-hoc/ten-bai/ (bắt đầu bằng dấu /, tên không dấu, kết thúc bằng dấu /).`, reference.line);
      }
    }
  }

  // Rules across files.
  const crossFile: string[] = [];
  const lessonIds = lessons.map((lesson) => lesson.slug);
  crossFile.push(
    ...checkLessons(
      lessons.filter((lesson) => lesson.data).map((lesson) => ({
        id: lesson.slug,
        file: lesson.file,
        course: String(lesson.data?.['course'] ?? ''),
        order: Number(lesson.data?.['order']),
        body: lesson.bodyBroken ? '' : (lesson.body ?? ''),
      })),
      courseIds,
      mediaExists,
    ),
    ...checkPaths(
      of('path').filter((path) => path.data).map((path) => ({ id: path.slug, file: path.file, audience: String(path.data?.['audience']), lessons: path.data?.['lessons'] as string[] })),
      lessonIds,
    ),
  );
  const taskIds = plan?.tasks?.map((task) => task.id) ?? [];
  crossFile.push(
    ...checkCampaign(
      [
        ...of('news').filter((item) => item.data).map((item) => ({ file: item.file, tasks: item.data?.['tasks'] as string[] | undefined, cover: (item.data?.['cover'] as { src: string }).src })),
        ...of('event').filter((event) => event.data).map((event) => ({ file: event.file, tasks: event.data?.['tasks'] as string[] | undefined, course: event.data?.['course'] as string | undefined })),
      ],
      taskIds,
      courseIds,
      mediaExists,
    ),
  );
  for (const lesson of lessons) {
    const cover = lesson.data?.['cover'] as { src: string } | undefined;
    if (cover && !existsSync(join(dirname(lesson.absolute), cover.src))) {
      crossFile.push(`${lesson.file}: trường "cover.src": không tìm thấy ảnh ${cover.src} (tính từ thư mục của bài). Ghi dạng ../../media/${lesson.slug.split('/')[0]}/ten-anh.svg và kiểm tra ảnh có trong content/media/.`);
    }
  }
  const byLesson = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  for (const exercise of of('practice')) {
    const lessonId = exercise.data?.['lesson'] as string | undefined;
    if (!lessonId) continue;
    const lesson = byLesson.get(lessonId);
    if (!lesson) crossFile.push(`${exercise.file}: trường "lesson": không có bài "${lessonId}". Ghi dạng thư-mục-khóa-học/tên-tệp-bài, ví dụ: ${lessonIds[0] ?? ''}.`);
    else if (lesson.data && lesson.data['course'] !== exercise.data?.['course']) crossFile.push(`${exercise.file}: trường "course": bài "${lessonId}" thuộc khóa "${String(lesson.data['course'])}". Sửa course: ${String(lesson.data['course'])}.`);
  }
  const drill = of('drill')[0];
  const scenarios = (drill?.data?.['scenarios'] as { id: string; lesson: string }[] | undefined) ?? [];
  const scenarioIds = new Set<string>();
  scenarios.forEach((scenario, index) => {
    if (!byLesson.has(scenario.lesson)) crossFile.push(`${drill?.file}: tình huống ${index + 1} (${scenario.id}), trường "lesson": không có bài "${scenario.lesson}".`);
    if (scenarioIds.has(scenario.id)) crossFile.push(`${drill?.file}: tình huống ${index + 1}, trường "id": "${scenario.id}" bị trùng. Mỗi tình huống một id riêng.`);
    scenarioIds.add(scenario.id);
  });
  for (const task of plan?.tasks ?? []) {
    for (const course of task.courses ?? []) {
      if (!courseIds.includes(course)) crossFile.push(`${of('plan')[0]?.file}: nhiệm vụ ${task.id}, trường "courses": không có khóa học "${course}". Ghi một trong: ${courseIds.join(', ')}.`);
    }
  }
  const indicators = (single('indicators')?.['indicators'] as { id: string; task: string }[] | undefined) ?? [];
  for (const indicator of indicators) {
    if (taskIds.length && !taskIds.includes(indicator.task)) crossFile.push(`${of('indicators')[0]?.file}: chỉ số "${indicator.id}", trường "task": không có nhiệm vụ "${indicator.task}" trong kế hoạch của phường (plan/nhiem-vu.yaml).`);
  }
  for (const message of crossFile) {
    const [file = '', ...rest] = message.split(': ');
    add(file, 'error', rest.join(': '));
  }

  // Facts and ward names that bodies show: every id exists, every show value is known.
  const factsFile = of('facts')[0];
  const factList = (factsFile?.data?.['facts'] as { id: string; checked: Date; label: string }[] | undefined) ?? [];
  const factIds = factList.map((entry) => entry.id);
  if (factsFile?.data) {
    for (const file of files) {
      for (const use of file.components ?? []) {
        if (use.name === 'Fact') {
          const id = use.attributes['id'];
          if (!id) add(file.file, 'error', `thẻ <Fact> thiếu id. Ghi <Fact id="…" /> với một trong: ${factIds.join(', ')}.`, use.line);
          else if (!factIds.includes(id)) add(file.file, 'error', `thẻ <Fact id="${id}" />: ${unknownFactMessage(id, factIds)}`, use.line);
        }
      }
    }
    const steps = factsFile.data['ifScammed'] as { steps: string[] } | undefined;
    for (const step of steps?.steps ?? []) {
      for (const match of step.matchAll(FACT_TOKEN)) {
        const id = match[1] ?? '';
        if (!factIds.includes(id)) add(factsFile.file, 'error', `ifScammed.steps: [fact:${id}]: ${unknownFactMessage(id, factIds)}`);
      }
    }
    const domains = (single('officialDomains')?.['domains'] as string[] | undefined) ?? [];
    const block = factsFile.data['ifScammed'] as { sources?: { url: string; official: boolean }[] } | undefined;
    const sourced = [
      ...(factsFile.data['facts'] as { id: string; source: { url: string; official: boolean } }[]).map((entry) => ({ where: `thông tin "${entry.id}"`, ...entry.source })),
      ...(block?.sources ?? []).map((entry) => ({ where: 'ifScammed', ...entry })),
    ];
    for (const source of sourced) {
      const host = new URL(source.url).hostname;
      if (source.official && !domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
        add(factsFile.file, 'error', `${source.where}, source: "${host}" không có trong danh sách trang chính thức (content/site/official-domains.yaml). Ghi official: false nếu đó là báo chí.`);
      }
    }
    for (const entry of factList) {
      if (isStale(entry.checked, today)) {
        add(factsFile.file, 'warning', `thông tin "${entry.id}" (${entry.label}): đã hơn ${STALE_MONTHS} tháng chưa kiểm tra lại. Mở lại nguồn, xem còn đúng không, rồi sửa checked.`);
      }
    }
    const blockChecked = factsFile.data['ifScammed'] as { checked: Date } | undefined;
    if (blockChecked && isStale(blockChecked.checked, today)) {
      add(factsFile.file, 'warning', `ifScammed: đã hơn ${STALE_MONTHS} tháng chưa kiểm tra lại các bước. Mở lại nguồn, xem còn đúng không, rồi sửa checked.`);
    }
  }
  for (const file of files) {
    for (const use of file.components ?? []) {
      if (use.name !== 'Ward') continue;
      const show = use.attributes['show'] ?? '';
      if (!isWardShow(show)) {
        add(file.file, 'error', `thẻ <Ward show="${show}" />: không có mục "${show}" trong thông tin phường. Ghi một trong: ${WARD_SHOW_VALUES.join(', ')}.`, use.line);
      }
    }
  }

  // Media: names the build can find, sizes a phone can carry.
  for (const { path, absolute } of mediaFiles) {
    const shownFile = shown(absolute);
    const ext = extension(path);
    const name = stem(posix.basename(path));
    if (!(MEDIA_EXTENSIONS as readonly string[]).includes(ext.toLowerCase())) {
      add(shownFile, 'error', `loại tệp ".${ext}" không dùng được. Ảnh: ${MEDIA_EXTENSIONS.filter((type) => !['mp4', 'webm', 'vtt'].includes(type)).join(', ')}; video: mp4, webm; phụ đề: vtt.`);
      continue;
    }
    if (ext !== ext.toLowerCase() || !SLUG.test(name.replace(/_/g, '-'))) {
      add(shownFile, 'error', `tên tệp "${posix.basename(path)}" phải gồm chữ thường không dấu, số và dấu gạch ngang, đuôi viết thường. Đổi tên thành ${slugify(name) || 'anh'}.${ext.toLowerCase()} và sửa tên đó trong bài.`);
    }
    const bytes = statSync(absolute).size;
    const mb = (value: number) => `${(value / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
    if (RASTER_EXTENSIONS.includes(ext.toLowerCase())) {
      const { default: sharp } = await import('sharp');
      const meta = await sharp(absolute).metadata().catch(() => undefined);
      const longest = Math.max(meta?.width ?? 0, meta?.height ?? 0);
      if (!meta) add(shownFile, 'error', 'không đọc được ảnh này (tệp hỏng hoặc sai loại). Mở ảnh trên máy, lưu lại dạng JPG hoặc PNG rồi thêm lại.');
      else if (bytes > MEDIA_LIMITS.rasterBytes || longest > MEDIA_LIMITS.rasterPixels) {
        add(shownFile, 'error', `ảnh quá lớn: ${meta.width}×${meta.height} điểm ảnh, ${mb(bytes)}. Giới hạn là ${MEDIA_LIMITS.rasterPixels} điểm ảnh mỗi cạnh và ${mb(MEDIA_LIMITS.rasterBytes)}. Thu nhỏ ảnh (cạnh dài khoảng 1600 điểm ảnh, lưu dạng JPG hoặc WebP), ví dụ tải ảnh lên qua trang Quản trị nội dung (tự thu nhỏ) hoặc dùng chức năng "Đổi kích thước" của phần mềm xem ảnh.`);
      }
    } else if (ext === 'svg' && bytes > MEDIA_LIMITS.svgBytes) {
      add(shownFile, 'error', `hình vẽ nặng ${Math.round(bytes / 1024)} KB, quá giới hạn ${MEDIA_LIMITS.svgBytes / 1024} KB. Vẽ đơn giản hơn, hoặc xuất lại bằng chức năng "tối ưu SVG" của phần mềm vẽ.`);
    } else if ((ext === 'mp4' || ext === 'webm') && bytes > MEDIA_LIMITS.videoBytes) {
      add(shownFile, 'error', `video nặng ${mb(bytes)}, quá giới hạn ${mb(MEDIA_LIMITS.videoBytes)} (người xem trả tiền dữ liệu di động). Cắt ngắn video (dưới 2 phút) hoặc xuất lại ở độ phân giải 480p.`);
    }
  }

  // Editorial rules for lessons: the parts a lesson needs, sources, spelling, weight.
  const glossary = (single('glossary')?.['terms'] as GlossaryTerm[] | undefined) ?? [];
  const officialDomains = (single('officialDomains')?.['domains'] as string[] | undefined) ?? [];
  const mediaBytes = (path: string) => {
    const absolute = media.get(path);
    return absolute === undefined ? undefined : gzipBytes(readFileSync(absolute));
  };
  for (const lesson of lessons) {
    if (!lesson.raw) continue;
    for (const finding of lintLesson({ frontmatter: lesson.raw, body: lesson.body ?? '' }, { officialDomains, glossary, mediaBytes, today })) {
      add(lesson.file, finding.level, finding.message);
    }
  }

  // By file, then by line; problems of the whole file (no line) after the rest.
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? Infinity) - (b.line ?? Infinity));
  return { problems, files, routes };
}

/** Figures for the summary table of `npm run check:content`. */
export const statsOf = (file: ContentFile) => lessonStats({ frontmatter: file.raw ?? {}, body: file.body ?? '' });

/** Problems as an editor reads them: grouped by file, each with its line. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return [...byFile]
    .map(([file, list]) =>
      [
        file,
        ...list.map((problem) => {
          const where = problem.line ? `dòng ${problem.line}${problem.column ? `, cột ${problem.column}` : ''}: ` : '';
          return `  ${problem.level === 'error' ? 'LỖI ' : 'CHÚ Ý'}  ${where}${problem.message}`;
        }),
      ].join('\n'),
    )
    .join('\n\n');
}
