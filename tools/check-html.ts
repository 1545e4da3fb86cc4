/*
 * The W3C Nu HTML Checker (vnu.jar from the vnu-jar package, run by the
 * system's Java) over every HTML page of a build, errors only:
 *   npm run check:html [-- <folder>]   (default: the root build, dist/)
 * One JVM run over the whole folder. Exits 1 on any error.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

export interface HtmlError {
  file: string;
  line?: number;
  message: string;
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function checkHtml(dir: string): { files: number; errors: HtmlError[] } {
  // The package's main export is the jar's path (a String object).
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const files = htmlFiles(dir);
  const run = spawnSync('java', ['-Xss4m', '-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`check:html: could not start java (${run.error.message}); install a Java runtime, e.g. apt-get install default-jre-headless`);
  // vnu writes its report to stderr; exit code 1 only means "errors found".
  let report: { messages?: { type: string; url?: string; lastLine?: number; message: string }[] };
  try {
    report = JSON.parse(run.stderr) as typeof report;
  } catch {
    throw new Error(`check:html: vnu did not answer with JSON (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  const errors = (report.messages ?? [])
    .filter((message) => message.type === 'error')
    .map((message) => ({
      file: message.url ? relative(dir, fileURLToPath(message.url)) : '?',
      ...(message.lastLine === undefined ? {} : { line: message.lastLine }),
      message: message.message,
    }));
  return { files: files.length, errors };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  const { files, errors } = checkHtml(dir);
  for (const error of errors) console.log(`${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}`);
  console.log(`check:html: ${files} HTML files in ${dir}/ checked by the Nu HTML Checker, ${errors.length} errors`);
  if (files === 0 || errors.length > 0) process.exit(1);
}
