/*
 * Builds several wards' sites from one repository, each into dist-wards/<ward>/
 * with its own base path, site address, sitemap, search index, service-worker
 * scope and header files:
 *   npm run build:wards                    every ward in content/wards/ but the sample
 *   npm run build:wards -- an-khanh mau    these wards (the sample too, when named)
 *   npm run build:wards -- --with-sample   every ward, the sample included
 * A ward is built for the address in its ward.yaml (siteUrl); without one, at
 * /<ward>/ on its portal's origin. The builds run one after another and share
 * Astro's caches (content store, optimised pictures), so what does not depend
 * on the ward is worked out once. Prints seconds, pages and bytes per ward.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../src/config.ts';
import { listWards, SAMPLE_WARD, wardFolder } from '../src/lib/content/layout.ts';
import { loadWard } from '../src/lib/content/ward.ts';

export const WARDS_OUT = 'dist-wards';

export interface WardBuild {
  ward: string;
  site: string;
  base: string;
  out: string;
  seconds: number;
  pages: number;
  bytes: number;
}

/** Where a ward is published: its siteUrl, else /<ward>/ on its portal's origin. */
export function wardAddress(contentDir: string, ward: string): { site: string; base: string } {
  const data = loadWard(join(wardFolder(contentDir, ward), 'ward.yaml'));
  if (data.siteUrl) {
    const url = new URL(data.siteUrl);
    return { site: url.origin, base: url.pathname };
  }
  return { site: new URL(data.portalUrl).origin, base: `/${ward}/` };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function buildOne(contentDir: string, ward: string, outRoot: string): Promise<WardBuild> {
  const { site, base } = wardAddress(contentDir, ward);
  const out = join(outRoot, ward);
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      env: { ...process.env, HVS_CONTENT_DIR: contentDir, HVS_WARD: ward, HVS_SITE: site, HVS_BASE: base, HVS_OUT_DIR: out },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      if (code !== 0) {
        fail(new Error(`Dựng trang phường “${ward}” không được (mã lỗi ${code}):\n${output.split('\n').slice(-40).join('\n')}`));
        return;
      }
      const files = filesUnder(out);
      done({
        ward,
        site,
        base,
        out,
        seconds: (performance.now() - started) / 1000,
        pages: files.filter((file) => file.endsWith('.html')).length,
        bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
      });
    });
  });
}

/** Builds the wards one after another; stops at the first that fails. */
export async function buildWards(wards: string[], options: { contentDir?: string; out?: string; log?: (line: string) => void } = {}): Promise<WardBuild[]> {
  const contentDir = options.contentDir ?? config().contentDir;
  const out = options.out ?? WARDS_OUT;
  const log = options.log ?? console.log;
  const built: WardBuild[] = [];
  for (const ward of wards) {
    if (!existsSync(join(wardFolder(contentDir, ward), 'ward.yaml'))) {
      throw new Error(`Không có phường “${ward}” trong ${join(contentDir, 'wards')}. Các phường đang có: ${listWards(contentDir).join(', ') || '(chưa có)'}.`);
    }
    const result = await buildOne(contentDir, ward, out);
    built.push(result);
    log(`${ward.padEnd(24)} ${result.seconds.toFixed(1).padStart(6)} s  ${String(result.pages).padStart(4)} trang  ${(result.bytes / 1024 / 1024).toFixed(1).padStart(6)} MB  ${result.site}${result.base}`);
  }
  return built;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { 'with-sample': { type: 'boolean' }, out: { type: 'string' } }, allowPositionals: true });
  const contentDir = config().contentDir;
  const wards = positionals.length ? positionals : listWards(contentDir).filter((ward) => values['with-sample'] || ward !== SAMPLE_WARD);
  if (!wards.length) {
    console.error(`Chưa có phường nào để dựng ngoài phường mẫu. Tạo phường bằng npm run ward:new, hoặc dựng cả phường mẫu: npm run build:wards -- --with-sample`);
    process.exit(1);
  }
  const started = performance.now();
  try {
    const built = await buildWards(wards, { contentDir, ...(values.out ? { out: values.out } : {}) });
    const seconds = (performance.now() - started) / 1000;
    console.log(`Đã dựng ${built.length} phường vào ${values.out ?? WARDS_OUT}/ trong ${seconds.toFixed(0)} giây.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
