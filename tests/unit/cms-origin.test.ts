import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { managerPlacement } from '../../src/lib/cms/where';
import { prepareBase } from '../support/bad-input.ts';

describe('where the content manager is served', () => {
  it.each([
    [{}, { kind: 'with-site' }],
    [{ HVS_CMS_ORIGIN: 'https://quan-tri.anbinh.gov.vn/' }, { kind: 'elsewhere', origin: 'https://quan-tri.anbinh.gov.vn' }],
    [{ HVS_CMS_ORIGIN: 'https://quan-tri.anbinh.gov.vn', HVS_CMS_ONLY: '1' }, { kind: 'alone', origin: 'https://quan-tri.anbinh.gov.vn' }],
  ])('%o gives %o', (env, placement) => {
    expect(managerPlacement(env)).toEqual(placement);
  });

  it('refuses a manager-only build with no origin, and an origin without https, saying how to write it', () => {
    expect(() => managerPlacement({ HVS_CMS_ONLY: '1' })).toThrow(/HVS_CMS_ORIGIN=https:\/\//);
    expect(() => managerPlacement({ HVS_CMS_ORIGIN: 'http://quan-tri.anbinh.gov.vn' })).toThrow(/phải dùng https:\/\/, ví dụ https:\/\/quan-tri\.anbinh\.gov\.vn/);
    expect(() => managerPlacement({ HVS_CMS_ORIGIN: 'quan-tri' })).toThrow(/không phải địa chỉ web/);
  });
});

const scratch = mkdtempSync(join(tmpdir(), 'hvs-cms-origin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
// Where the manager goes does not depend on how much content there is: the small base fixture builds in a fraction of the time.
const content = join(scratch, 'content');
prepareBase(content);

const PUBLIC = { HVS_SITE: 'https://anbinh.example.gov.vn', HVS_BASE: '/binh-dan-hoc-vu-so/', HVS_CMS_ORIGIN: 'https://quan-tri.anbinh.example.gov.vn' };

function build(name: string, env: Record<string, string>): string {
  const out = join(scratch, name);
  const result = spawnSync('npx', ['astro', 'build'], { encoding: 'utf8', env: { ...process.env, ...env, HVS_CONTENT_DIR: content, HVS_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' } });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return out;
}

// A build each; on a 2-core machine shared with other builds, more than the default two minutes.
const BUILD_TIMEOUT = 360_000;

const rules = (out: string) => readFileSync(join(out, '_headers'), 'utf8').split(/\n(?=\S)/);

describe('the content manager on an origin of its own (HVS_CMS_ORIGIN)', () => {
  it('the public build ships no manager: no page, no script, no robots line, one policy for every path', () => {
    const out = build('public', PUBLIC);
    expect(existsSync(join(out, 'quan-tri'))).toBe(false);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    // Sveltia CMS keeps the editor's sign-in under this key: no file of the public build holds that code.
    const scripts = readdirSync(join(out, '_astro')).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts) expect(readFileSync(join(out, '_astro', name), 'utf8'), name).not.toContain('sveltia-cms.user');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).not.toContain('quan-tri');
    const [everything, ...others] = rules(out);
    expect(everything?.split('\n')[0]).toBe('/binh-dan-hoc-vu-so/*');
    expect(everything).toMatch(/Content-Security-Policy: default-src 'self';.*frame-ancestors 'none'\n/);
    expect(others.filter((rule) => rule.includes('Content-Security-Policy'))).toEqual([]);
  }, BUILD_TIMEOUT);

  it('the manager-only build holds the manager, its files, and headers of its own, and links to the public site', () => {
    const out = build('manager', { ...PUBLIC, HVS_CMS_ONLY: '1' });
    expect(readdirSync(out).sort()).toEqual(['_astro', '_headers', 'favicon.svg', 'index.html', 'nginx-security-headers.conf', 'quan-tri', 'robots.txt']);
    const page = readFileSync(join(out, 'quan-tri', 'index.html'), 'utf8');
    const scripts = [...page.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).toMatch(/^\/_astro\//);
      expect(existsSync(join(out, src)), src).toBe(true);
    }
    // None of the public site's styles, scripts or pictures (as the public build names them): only what the manager loads.
    const publicAssets = ['index.html', 'khoa-hoc/khoa-mau/bai-mau/index.html'].flatMap((file) =>
      [...readFileSync(join(scratch, 'public', file), 'utf8').matchAll(/_astro\/([^"'\s)?]+)/g)].map((match) => match[1] ?? ''),
    );
    expect(publicAssets.length).toBeGreaterThan(2);
    expect(readdirSync(join(out, '_astro')).filter((name) => publicAssets.includes(name))).toEqual([]);
    const config = parse(readFileSync(join(out, 'quan-tri', 'config.yml'), 'utf8'));
    expect(config.site_url).toBe('https://anbinh.example.gov.vn/binh-dan-hoc-vu-so/');
    expect(config.display_url).toBe('https://anbinh.example.gov.vn/binh-dan-hoc-vu-so/');
    expect(config.logo.src).toBe('/favicon.svg');
    const [everything, ...others] = rules(out);
    expect(everything?.split('\n')[0]).toBe('/*');
    expect(everything).toMatch(/Content-Security-Policy: .*style-src 'self' 'unsafe-inline'.*frame-ancestors 'none'\n/);
    expect(everything).toContain('X-Robots-Tag: noindex, nofollow');
    expect(others.filter((rule) => rule.trim())).toEqual([]);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="quan-tri/"');
  }, BUILD_TIMEOUT);
});
