/*
 * What a city's build costs: makes N wards from the sample ward (default 10
 * and 100) in a temporary content folder, never committed, builds them with
 * `npm run build:wards` one after another, and prints pages, bytes, the first
 * ward's time, the mean time of each additional ward and the whole run.
 *   npm run bench:wards [-- 10 100]
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWards } from './build-wards.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const counts = sizes.length ? sizes : [10, 100];

/** A copy of content/ whose wards are `count` copies of the sample ward, each with its own name and address. */
function cityContent(count: number): { dir: string; wards: string[] } {
  const dir = mkdtempSync(join(tmpdir(), `hvs-wards-${count}-`));
  const content = join(dir, 'content');
  cpSync('content', content, { recursive: true, filter: (source) => !/^content[\\/]wards[\\/]/.test(source) });
  const sampleYaml = readFileSync('content/wards/mau/ward.yaml', 'utf8');
  const wards: string[] = [];
  for (let index = 1; index <= count; index += 1) {
    const ward = `phuong-${index}`;
    cpSync('content/wards/mau', join(content, 'wards', ward), { recursive: true });
    writeFileSync(
      join(content, 'wards', ward, 'ward.yaml'),
      sampleYaml
        .replace(/^name: .*$/m, `name: Phường Thử ${index}`)
        .replace(/^siteUrl: .*$/m, `siteUrl: https://thanhpho.example.gov.vn/phuong/${ward}/`)
        .replace(/^sample: true$/m, 'sample: false'),
    );
    wards.push(ward);
  }
  return { dir, wards };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rows: string[] = [];
for (const count of counts) {
  const { dir, wards } = cityContent(count);
  try {
    const started = performance.now();
    const built = await buildWards(wards, { contentDir: join(dir, 'content'), out: join(dir, 'dist-wards'), log: () => {} });
    const minutes = (performance.now() - started) / 60_000;
    const [first, ...rest] = built;
    const additional = rest.length ? rest.reduce((sum, ward) => sum + ward.seconds, 0) / rest.length : Number.NaN;
    const pages = built.reduce((sum, ward) => sum + ward.pages, 0);
    const bytes = built.reduce((sum, ward) => sum + ward.bytes, 0);
    rows.push(
      `${String(count).padStart(6)} | ${String(pages).padStart(6)} | ${mb(bytes).padStart(7)} | ${first?.seconds.toFixed(1).padStart(6)} s | ${additional.toFixed(1).padStart(6)} s | ${(additional / (first?.seconds ?? 1)).toFixed(2).padStart(5)} | ${minutes.toFixed(1).padStart(5)} min`,
    );
    console.log(rows.at(-1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log('\n wards |  pages |   bytes |  first ward | each more | ratio | whole run');
for (const row of rows) console.log(row);
