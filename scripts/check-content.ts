/*
 * Checks every lesson as an editor would want: the parts it needs, sources,
 * spelling, step length, picture weight and links; prints a summary table.
 *   npm run check:content [-- --course <slug>] [-- --dir <content folder>]
 * Exits 1 when any error is found; warnings only inform.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { checkLessons, checkPaths } from '../src/lib/content/check.ts';
import { formatIssues } from '../src/lib/content/errors.ts';
import { lessonSchema } from '../src/lib/content/lesson-schema.ts';
import { gzipBytes, lessonStats, lintLesson, type Finding, type GlossaryTerm } from '../src/lib/content/lint.ts';

const { values } = parseArgs({ options: { course: { type: 'string' }, dir: { type: 'string' } } });
const dir = values.dir ?? process.env['HVS_CONTENT_DIR'] ?? 'content';
const shown = (path: string) => relative(process.cwd(), path) || path;
const readYaml = (path: string) => (existsSync(path) ? (parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {});

const officialDomains = ((readYaml(join(dir, 'site', 'official-domains.yaml'))['domains'] as string[] | undefined) ?? []).map(String);
const glossary = (readYaml(join(dir, 'site', 'glossary.yaml'))['terms'] as GlossaryTerm[] | undefined) ?? [];

const coursesDir = join(dir, 'courses');
const courseIds = existsSync(coursesDir) ? readdirSync(coursesDir).filter((name) => existsSync(join(coursesDir, name, 'index.md'))).sort() : [];

interface LessonFile {
  id: string;
  file: string;
  raw: string;
  frontmatter: Record<string, unknown>;
  body: string;
  yamlError?: string;
}

const lessons: LessonFile[] = courseIds.flatMap((course) =>
  readdirSync(join(coursesDir, course))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = join(coursesDir, course, name);
      const raw = readFileSync(file, 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
      const lesson: LessonFile = { id: `${course}/${name.replace(/\.mdx$/, '')}`, file: shown(file), raw, frontmatter: {}, body: match?.[2] ?? raw };
      try {
        lesson.frontmatter = (parse(match?.[1] ?? '') as Record<string, unknown>) ?? {};
      } catch (error) {
        lesson.yamlError = `phần đầu tệp viết sai cú pháp YAML: ${(error as Error).message.split('\n')[0]}`;
      }
      return lesson;
    }),
);

const pathFiles = existsSync(join(dir, 'paths')) ? readdirSync(join(dir, 'paths')).filter((name) => name.endsWith('.yaml')) : [];
const routes = new Set(['/', '/khoa-hoc/', '/lo-trinh/', '/tin-tuc/', '/lich-hoc/', '/phong-trao/', '/tim-kiem/', '/tro-nang/', '/hoc-tap-cua-toi/']);
for (const lesson of lessons) {
  routes.add(`/khoa-hoc/${lesson.id}/`);
  routes.add(`/khoa-hoc/${lesson.id.split('/')[0]}/`);
}
for (const name of pathFiles) routes.add(`/lo-trinh/${name.replace(/\.yaml$/, '')}/`);

const mediaBytes = (path: string) => {
  const file = join(dir, 'media', path);
  return existsSync(file) ? gzipBytes(readFileSync(file)) : undefined;
};
const schema = lessonSchema(z.string());
const context = { officialDomains, glossary, mediaBytes, routes, today: new Date() };

const findings = new Map<string, Finding[]>(lessons.map((lesson) => [lesson.file, []]));
const add = (file: string, finding: Finding) => findings.set(file, [...(findings.get(file) ?? []), finding]);

for (const lesson of lessons) {
  if (lesson.raw !== lesson.raw.normalize('NFC')) add(lesson.file, { level: 'error', message: 'chữ chưa ở dạng Unicode NFC (thường do bàn phím cũ). Mở tệp, lưu lại bằng bộ gõ Unicode dựng sẵn.' });
  if (lesson.yamlError) {
    add(lesson.file, { level: 'error', message: lesson.yamlError });
    continue;
  }
  const parsed = schema.safeParse(lesson.frontmatter);
  if (!parsed.success) {
    for (const line of formatIssues(lesson.file, parsed.error.issues).split('\n').slice(1)) add(lesson.file, { level: 'error', message: line.replace(/^- /, '') });
  }
  for (const finding of lintLesson(lesson, context)) add(lesson.file, finding);
}

// Rules across files, shared with the build.
const crossFile = [
  ...checkLessons(
    lessons.map((lesson) => ({ id: lesson.id, file: lesson.file, course: String(lesson.frontmatter['course'] ?? ''), order: Number(lesson.frontmatter['order']), body: lesson.body })),
    courseIds,
    (path) => existsSync(join(dir, 'media', path)),
  ),
  ...checkPaths(
    pathFiles.map((name) => {
      const data = readYaml(join(dir, 'paths', name));
      return { id: name.replace(/\.yaml$/, ''), file: shown(join(dir, 'paths', name)), audience: String(data['audience'] ?? ''), lessons: (data['lessons'] as string[] | undefined) ?? [] };
    }),
    lessons.map((lesson) => lesson.id),
  ),
];
for (const problem of crossFile) {
  const file = problem.split(':')[0] ?? '';
  add(file, { level: 'error', message: problem.slice(file.length + 2) });
}

const selected = lessons.filter((lesson) => !values.course || lesson.id.startsWith(`${values.course}/`));
const selectedFiles = new Set([...selected.map((lesson) => lesson.file), ...[...findings.keys()].filter((file) => file.includes('/paths/'))]);
let errors = 0;
let warnings = 0;
for (const [file, list] of findings) {
  if (!selectedFiles.has(file) || list.length === 0) continue;
  console.log(`\n${file}`);
  for (const finding of list) {
    console.log(`  ${finding.level === 'error' ? 'LỖI ' : 'CHÚ Ý'}  ${finding.message}`);
    if (finding.level === 'error') errors += 1;
    else warnings += 1;
  }
}

const rows = selected.map((lesson) => ({ lesson: lesson.id, ...lessonStats(lesson), problems: (findings.get(lesson.file) ?? []).length }));
const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(`\n${'bài học'.padEnd(62)} ${pad('chữ', 6)} ${pad('chữ/câu', 8)} ${pad('hình', 5)} ${pad('câu hỏi', 8)} ${pad('vấn đề', 7)}`);
for (const row of rows) {
  console.log(`${row.lesson.padEnd(62)} ${pad(row.words, 6)} ${pad(row.sentenceLength, 8)} ${pad(row.pictures, 5)} ${pad(row.quiz, 8)} ${pad(row.problems, 7)}`);
}
const total = (key: 'words' | 'pictures' | 'quiz') => rows.reduce((sum, row) => sum + row[key], 0);
console.log(`\n${rows.length} bài, ${total('words')} chữ, ${total('pictures')} hình, ${total('quiz')} câu hỏi; ${errors} lỗi, ${warnings} chú ý.`);
process.exit(errors > 0 ? 1 : 0);
