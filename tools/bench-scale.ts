/*
 * What growth costs: builds the site with N synthetic lessons added (default
 * 1,000 and 5,000) in a temporary content folder, never committed, and prints
 * build time, dist size, the Pagefind index size and what a first search
 * downloads.
 *   npm run bench:scale [-- 1000 5000]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstSearchCost } from './lib/search-cost.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const counts = sizes.length ? sizes : [1000, 5000];

const TOPICS = ['mở ứng dụng', 'chuyển tiền', 'quét mã QR', 'đặt lịch khám', 'nộp hồ sơ', 'đổi mật khẩu', 'nhận biết lừa đảo', 'bán hàng trên mạng'];
const PLACES = ['ở nhà', 'ở chợ', 'ở trạm y tế', 'ở phường', 'ở ngân hàng'];

function folderBytes(path: string): number {
  return readdirSync(path).reduce((sum, name) => {
    const entry = join(path, name);
    const stat = statSync(entry);
    return sum + (stat.isDirectory() ? folderBytes(entry) : stat.size);
  }, 0);
}

/** A copy of content/ with `count` extra lessons made from a real one, spread over the courses. */
function syntheticContent(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `hvs-scale-${count}-`));
  cpSync('content', join(dir, 'content'), { recursive: true });
  const courses = readdirSync('content/courses');
  const template = readFileSync('content/courses/thanh-toan-khong-dung-tien-mat/tra-tien-bang-ma-qr.mdx', 'utf8');
  for (let index = 1; index <= count; index += 1) {
    const course = courses[index % courses.length] ?? '';
    const topic = TOPICS[index % TOPICS.length] ?? '';
    const place = PLACES[index % PLACES.length] ?? '';
    const lesson = template
      .replace(/^title: .*$/m, `title: "Bài tổng hợp số ${index}, ${topic} ${place}"`)
      .replace(/^course: .*$/m, `course: ${course}`)
      .replace(/^order: .*$/m, `order: ${1000 + index}`)
      .replace(/^cover:\n(  .*\n)+/m, '');
    writeFileSync(join(dir, 'content', 'courses', course, `bai-tong-hop-${index}.mdx`), lesson);
  }
  return dir;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const rows: string[] = [];
for (const count of counts) {
  const dir = syntheticContent(count);
  const out = join(dir, 'dist');
  try {
    const started = performance.now();
    const build = spawnSync('npx', ['astro', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', HVS_CONTENT_DIR: join(dir, 'content'), HVS_OUT_DIR: out },
    });
    if (build.status !== 0) throw new Error(`the build with ${count} extra lessons failed`);
    const seconds = (performance.now() - started) / 1000;
    const costs = await firstSearchCost(out, '4456', ['thanh toan qr', 'lừa đảo']);
    const search = costs.map((cost) => `${cost.query}: ${kb(cost.bytes)} (index ${kb(cost.indexBytes)}), ${Math.round(cost.ms)} ms`).join('; ');
    rows.push(`${String(count).padStart(6)} | ${seconds.toFixed(0).padStart(5)} s | ${kb(folderBytes(out)).padStart(10)} | ${kb(folderBytes(join(out, 'pagefind'))).padStart(9)} | ${search}`);
    console.log(rows.at(-1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\nextra lessons | build | dist size | pagefind | first search (bytes on the wire, time to first results)');
for (const row of rows) console.log(row);
