import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config';

describe('parseConfig: the defaults', () => {
  it('gives the documented defaults for an environment with no HVS_* variable (empty ones count as unset)', () => {
    const config = parseConfig({ PATH: '/usr/bin', HVS_BASE: '', HVS_SITE: '' });
    expect(config).toMatchObject({
      base: '/',
      outDir: 'dist',
      contentDir: 'content',
      contentDirGiven: false,
      manager: { kind: 'with-site' },
      forge: { name: 'github', repo: 'phuong/binh-dan-hoc-vu-so', branch: 'main' },
      e2ePort: 4400,
      benchPort: 4390,
    });
    expect(config.site).toBeUndefined();
    expect(config.forge).not.toHaveProperty('apiRoot');
  });
});

describe('parseConfig: good values are kept as given', () => {
  it.each([
    [{ HVS_BASE: '/binh-dan-hoc-vu-so/' }, { base: '/binh-dan-hoc-vu-so/' }],
    [{ HVS_BASE: '/a/b_c.d/' }, { base: '/a/b_c.d/' }],
    [{ HVS_SITE: 'https://anbinh.hanoi.gov.vn' }, { site: 'https://anbinh.hanoi.gov.vn' }],
    [{ HVS_SITE: 'https://anbinh.hanoi.gov.vn/' }, { site: 'https://anbinh.hanoi.gov.vn/' }],
    [{ HVS_OUT_DIR: 'dist-subpath' }, { outDir: 'dist-subpath' }],
    [{ HVS_CONTENT_DIR: '/tmp/fixture/content' }, { contentDir: '/tmp/fixture/content', contentDirGiven: true }],
    [{ HVS_CMS_ORIGIN: 'https://quan-tri.anbinh.gov.vn/' }, { manager: { kind: 'elsewhere', origin: 'https://quan-tri.anbinh.gov.vn' } }],
    [{ HVS_CMS_ORIGIN: 'http://localhost:4500', HVS_CMS_ONLY: '1' }, { manager: { kind: 'alone', origin: 'http://localhost:4500' } }],
    [{ HVS_CMS_ORIGIN: 'https://quan-tri.anbinh.gov.vn', HVS_CMS_ONLY: 'true' }, { manager: { kind: 'alone', origin: 'https://quan-tri.anbinh.gov.vn' } }],
    [
      { HVS_CMS_BACKEND: 'gitea', HVS_CMS_REPO: 'phuong/cong', HVS_CMS_BRANCH: 'xuat-ban', HVS_CMS_API_ROOT: 'https://git.anbinh.gov.vn/api/v1', HVS_CMS_APP_ID: 'abc' },
      { forge: { name: 'gitea', repo: 'phuong/cong', branch: 'xuat-ban', apiRoot: 'https://git.anbinh.gov.vn/api/v1', appId: 'abc' } },
    ],
    [{ HVS_CMS_BACKEND: 'gitlab', HVS_CMS_REPO: 'ubnd/cntt/binh-dan', HVS_CMS_BASE_URL: 'https://gitlab.anbinh.gov.vn' }, { forge: { name: 'gitlab', repo: 'ubnd/cntt/binh-dan', branch: 'main', baseUrl: 'https://gitlab.anbinh.gov.vn' } }],
    [{ HVS_CHROMIUM: process.execPath }, { chromium: process.execPath }],
    [{ HVS_E2E_PORT: '4700' }, { e2ePort: 4700 }],
    [{ HVS_BENCH_PORT: '65535' }, { benchPort: 65535 }],
  ])('%o', (env, expected) => {
    expect(parseConfig(env)).toMatchObject(expected);
  });
});

describe('parseConfig: bad values stop with a Vietnamese message naming the variable, the value and the fix', () => {
  it.each([
    [{ HVS_BASE: 'binh-dan-hoc-vu-so/' }, ['HVS_BASE: “binh-dan-hoc-vu-so/” phải bắt đầu và kết thúc bằng “/”', 'HVS_BASE=/binh-dan-hoc-vu-so/']],
    [{ HVS_BASE: '/binh-dan-hoc-vu-so' }, ['HVS_BASE: “/binh-dan-hoc-vu-so”', 'HVS_BASE=/binh-dan-hoc-vu-so/']],
    [{ HVS_BASE: '/bình dân/' }, ['HVS_BASE: “/bình dân/”', 'chữ không dấu']],
    [{ HVS_BASE: '//' }, ['HVS_BASE: “//”']],
    [{ HVS_SITE: 'http://anbinh.hanoi.gov.vn' }, ['HVS_SITE: “http://anbinh.hanoi.gov.vn” phải là tên miền bắt đầu bằng https://', 'HVS_SITE=https://anbinh.hanoi.gov.vn']],
    [{ HVS_SITE: 'anbinh.hanoi.gov.vn' }, ['HVS_SITE: “anbinh.hanoi.gov.vn”']],
    [{ HVS_SITE: 'https://anbinh.hanoi.gov.vn/binh-dan/' }, ['HVS_SITE: “https://anbinh.hanoi.gov.vn/binh-dan/”', 'đường dẫn con ghi vào HVS_BASE']],
    [{ HVS_CMS_ONLY: '1' }, ['HVS_CMS_ONLY: hãy ghi cả HVS_CMS_ORIGIN', 'HVS_CMS_ORIGIN=https://']],
    [{ HVS_CMS_ORIGIN: 'https://quan-tri.anbinh.gov.vn', HVS_CMS_ONLY: '0' }, ['HVS_CMS_ONLY: “0”', 'HVS_CMS_ONLY=1']],
    [{ HVS_CMS_ORIGIN: 'quan-tri' }, ['HVS_CMS_ORIGIN: “quan-tri” không phải địa chỉ web']],
    [{ HVS_CMS_ORIGIN: 'http://quan-tri.anbinh.gov.vn' }, ['HVS_CMS_ORIGIN: trang quản trị giữ mã đăng nhập, nên phải dùng https://, ví dụ https://quan-tri.anbinh.gov.vn']],
    [{ HVS_CMS_BACKEND: 'forgejo' }, ['HVS_CMS_BACKEND: “forgejo”', 'Forgejo cũng ghi gitea']],
    [{ HVS_CMS_REPO: 'binh-dan-hoc-vu-so' }, ['HVS_CMS_REPO: “binh-dan-hoc-vu-so”', 'HVS_CMS_REPO=phuong/binh-dan-hoc-vu-so']],
    [{ HVS_CMS_BRANCH: 'xuat ban' }, ['HVS_CMS_BRANCH: “xuat ban”']],
    [{ HVS_CMS_API_ROOT: 'git.anbinh.gov.vn/api' }, ['HVS_CMS_API_ROOT: “git.anbinh.gov.vn/api” không phải địa chỉ web']],
    [{ HVS_CMS_BASE_URL: 'ftp://auth.anbinh.gov.vn' }, ['HVS_CMS_BASE_URL: “ftp://auth.anbinh.gov.vn”']],
    [{ HVS_CHROMIUM: '/khong/co/chromium' }, ['HVS_CHROMIUM: “/khong/co/chromium” không có trên máy này']],
    [{ HVS_E2E_PORT: 'bon-nghin' }, ['HVS_E2E_PORT: “bon-nghin” không phải số cổng', 'HVS_E2E_PORT=4400']],
    [{ HVS_E2E_PORT: '70000' }, ['HVS_E2E_PORT: “70000”']],
    [{ HVS_E2E_PORT: '0' }, ['HVS_E2E_PORT: “0”']],
    [{ HVS_BENCH_PORT: '43.9' }, ['HVS_BENCH_PORT: “43.9”']],
  ])('%o', (env, says) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(says[0]);
    for (const fragment of says) expect(() => parseConfig(env)).toThrow(fragment);
  });

  it('lists every wrong variable at once, one a line', () => {
    expect(() => parseConfig({ HVS_BASE: 'x', HVS_SITE: 'y', HVS_E2E_PORT: 'z' })).toThrow(/Biến môi trường chưa đúng:\n {2}HVS_BASE: “x”.*\n {2}HVS_SITE: “y”.*\n {2}HVS_E2E_PORT: “z”/);
  });
});

// Vitest sets these in process.env; Astro would read them back as import.meta.env, so builds run without them.
const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...buildEnv } = process.env;
const scratch = mkdtempSync(join(tmpdir(), 'hvs-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('astro build with a wrong variable', () => {
  it('stops before building, with the Vietnamese message', () => {
    const result = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: { ...buildEnv, HVS_BASE: 'binh-dan-hoc-vu-so', HVS_OUT_DIR: join(scratch, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('HVS_BASE: “binh-dan-hoc-vu-so” phải bắt đầu và kết thúc bằng “/”');
    expect(output).toContain('HVS_BASE=/binh-dan-hoc-vu-so/');
  });
});
