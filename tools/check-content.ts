/*
 * The content check, with warnings and a table of the lessons:
 *   npm run check:content [-- --course <slug>] [-- --dir <content folder>]
 * The same checks run before every build (src/integrations/content-check.ts),
 * which stops on any error; this command also prints the warnings.
 * Exits 1 when any error is found.
 */
import { parseArgs } from 'node:util';
import { config } from '../src/config.ts';
import { checkContent, formatProblems, statsOf } from '../src/lib/content/validate.ts';

const { values } = parseArgs({ options: { course: { type: 'string' }, dir: { type: 'string' } } });
const dir = values.dir ?? config().contentDir;

const report = await checkContent(dir);
const lessons = report.files.filter((file) => file.kind.name === 'lesson' && (!values.course || file.slug.startsWith(`${values.course}/`)));
const shownFiles = values.course ? new Set(lessons.map((lesson) => lesson.file)) : undefined;
// With --course, that course's lessons; errors elsewhere still count, as the build would stop on them.
const problems = report.problems.filter((problem) => !shownFiles || shownFiles.has(problem.file) || problem.level === 'error');
if (problems.length) console.log(`\n${formatProblems(problems)}`);

const errors = problems.filter((problem) => problem.level === 'error').length;
const warnings = problems.length - errors;
const count = (file: string) => report.problems.filter((problem) => problem.file === file).length;
const rows = lessons.map((lesson) => ({ lesson: lesson.slug, ...statsOf(lesson), problems: count(lesson.file) }));
const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(`\n${'bài học'.padEnd(62)} ${pad('chữ', 6)} ${pad('chữ/câu', 8)} ${pad('hình', 5)} ${pad('câu hỏi', 8)} ${pad('vấn đề', 7)}`);
for (const row of rows) {
  console.log(`${row.lesson.padEnd(62)} ${pad(row.words, 6)} ${pad(row.sentenceLength, 8)} ${pad(row.pictures, 5)} ${pad(row.quiz, 8)} ${pad(row.problems, 7)}`);
}
const total = (key: 'words' | 'pictures' | 'quiz') => rows.reduce((sum, row) => sum + row[key], 0);
console.log(`\n${report.files.length} tệp nội dung; ${rows.length} bài, ${total('words')} chữ, ${total('pictures')} hình, ${total('quiz')} câu hỏi; ${errors} lỗi, ${warnings} chú ý.`);
// exitCode, not exit(): a pipe still gets the whole report.
process.exitCode = errors > 0 ? 1 : 0;
