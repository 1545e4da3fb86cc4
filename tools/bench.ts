/*
 * Builds the site and prints, per page type, its weight after gzip and the
 * build time, so they can be tracked from change to change.
 *   npm run bench
 */
import { spawnSync } from 'node:child_process';
import { firstSearchCost } from './lib/search-cost.ts';
import { BUDGET, LESSON_BUDGET, weighSite, type PageWeight } from '../tests/support/weigh.ts';

const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
const seconds = (performance.now() - started) / 1000;

const pageType = (path: string) => (path === '/' ? 'trang chủ' : path === '/404/' ? '404' : (path.split('/')[1] ?? path));
const byType = new Map<string, PageWeight[]>();
for (const page of weighSite('dist')) {
  const type = pageType(page.path);
  byType.set(type, [...(byType.get(type) ?? []), page]);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
console.log(`\nBuild time: ${seconds.toFixed(1)} s`);
console.log(`Budget per page: ${BUDGET.total / 1024} KB in all, ${BUDGET.js / 1024} KB of JavaScript (gzip, images apart)`);
console.log(`A lesson: ${LESSON_BUDGET.js / 1024} KB of JavaScript at load, in at most ${LESSON_BUDGET.scripts} files (js files: the most any page of the type fetches at load)\n`);
const lessons = weighSite('dist').filter((page) => /^\/khoa-hoc\/[^/]+\/[^/]+\/$/.test(page.path));
const heaviestLesson = lessons.reduce((a, b) => (b.js > a.js ? b : a));
console.log(`heaviest lesson JavaScript: ${(heaviestLesson.js / 1024).toFixed(2)} KB in ${heaviestLesson.scripts} files (${heaviestLesson.path})\n`);
console.log('page type        pages  heaviest  html KB  css KB   js KB  font KB  js files');
for (const [type, pages] of [...byType].sort()) {
  const heaviest = pages.reduce((a, b) => (b.total > a.total ? b : a));
  console.log(
    `${type.padEnd(16)} ${String(pages.length).padStart(5)}  ${kb(heaviest.total)}  ${kb(heaviest.html)}  ${kb(heaviest.css)}  ${kb(heaviest.js)}  ${kb(heaviest.fonts)}  ${String(Math.max(...pages.map((page) => page.scripts))).padStart(8)}`,
  );
}

console.log('\nsearch, first query on a cold cache    bytes on the wire   first results');
for (const cost of await firstSearchCost('dist', '4455', ['thanh toan qr', 'lừa đảo', 'cách đổi mật khẩu'])) {
  console.log(`${cost.query.padEnd(38)} ${(cost.bytes / 1024).toFixed(1).padStart(8)} KB (${(cost.indexBytes / 1024).toFixed(1)} KB index)  ${Math.round(cost.ms).toString().padStart(6)} ms`);
}
