import { existsSync } from 'node:fs';
import { z } from 'astro/zod';

/*
 * Every HVS_* environment variable the project reads, parsed here once with
 * zod. A wrong value stops the build or the command with a Vietnamese message
 * naming the variable, the value and how to write it (README, "Biến môi trường").
 */

/** Where the git forge is, for the content manager's hosted mode; the local mode ignores it. */
export interface Forge {
  /** github, gitlab, gitea (also Forgejo). */
  name: 'github' | 'gitlab' | 'gitea';
  /** owner/name of the repository. */
  repo: string;
  branch: string;
  /** The forge's API, for a self-hosted GitLab, Gitea or Forgejo. */
  apiRoot?: string;
  /** The sign-in helper (OAuth) for GitHub, or the forge's address for GitLab/Gitea. */
  baseUrl?: string;
  /** OAuth application id, for sign-in without a helper (GitLab, Gitea, Forgejo). */
  appId?: string;
}

/**
 * Where the content manager is served (HVS_CMS_ORIGIN, HVS_CMS_ONLY).
 * - `with-site`: in the site's build, at <base>quan-tri/ (the default);
 * - `elsewhere`: on `origin`; the public build leaves it out;
 * - `alone`: this build is the manager alone, for `origin`, at /quan-tri/.
 */
export type ManagerPlacement = { kind: 'with-site' } | { kind: 'elsewhere' | 'alone'; origin: string };

export interface Config {
  /** HVS_BASE: the sub-path the public site lives under, "/" or "/a/b/". */
  base: string;
  /** HVS_SITE: the public site's origin, when given (else the ward portal's, read by astro.config.mjs). */
  site?: string;
  /** HVS_OUT_DIR: the build's output folder. */
  outDir: string;
  /** HVS_CONTENT_DIR: the content folder. */
  contentDir: string;
  /** Whether HVS_CONTENT_DIR was given (fixtures and benchmarks get a content cache of their own). */
  contentDirGiven: boolean;
  /** HVS_WARD: the ward whose folder (content/wards/<ward>/) this build shows; the sample ward "mau" by default. */
  ward: string;
  manager: ManagerPlacement;
  /** HVS_CMS_*: the forge the hosted content manager writes to. */
  forge: Forge;
  /** HVS_CHROMIUM, else Debian's /usr/bin/chromium, else none (Playwright's own). */
  chromium?: string;
  /** HVS_E2E_PORT: the root build's port in the e2e tests; the sub-path build's is the next. */
  e2ePort: number;
  /** HVS_BENCH_PORT: the notebook benchmark's port. */
  benchPort: number;
}

const shown = (input: unknown) => `“${String(input)}”`;

/** A string variable with a rule; the message says what is wrong and how to write it. */
const rule = (name: string, ok: (value: string) => boolean, fix: string) =>
  z.string().refine(ok, { error: (issue) => `${name}: ${shown(issue.input)} ${fix}` });

const parsesAsUrl = (value: string) => URL.canParse(value);
const isHttpUrl = (value: string) => parsesAsUrl(value) && /^https?:$/.test(new URL(value).protocol);

const port = (name: string, example: number) =>
  rule(name, (value) => /^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 65535, `không phải số cổng; ghi một số từ 1 đến 65535, ví dụ ${name}=${example}`);

const schema = z
  .object({
    HVS_BASE: rule(
      'HVS_BASE',
      (value) => /^\/([A-Za-z0-9._~-]+\/)*$/.test(value),
      'phải bắt đầu và kết thúc bằng “/”, gồm chữ không dấu, số và gạch ngang, ví dụ HVS_BASE=/binh-dan-hoc-vu-so/ (bỏ trống nếu trang ở gốc tên miền)',
    ).default('/'),
    HVS_SITE: rule(
      'HVS_SITE',
      (value) => {
        if (!parsesAsUrl(value)) return false;
        const url = new URL(value);
        return url.protocol === 'https:' && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password && !value.includes('?') && !value.includes('#');
      },
      'phải là tên miền bắt đầu bằng https://, không kèm đường dẫn, ví dụ HVS_SITE=https://anbinh.hanoi.gov.vn (đường dẫn con ghi vào HVS_BASE)',
    ).optional(),
    HVS_OUT_DIR: z.string().default('dist'),
    HVS_CONTENT_DIR: z.string().optional(),
    HVS_WARD: rule(
      'HVS_WARD',
      (value) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value),
      'phải là tên thư mục của phường trong content/wards/, chữ thường không dấu, số và gạch ngang, ví dụ HVS_WARD=an-binh',
    ).default('mau'),
    HVS_CMS_ORIGIN: z.string().optional(),
    HVS_CMS_ONLY: rule('HVS_CMS_ONLY', (value) => value === '1' || value === 'true', 'không hợp lệ; ghi HVS_CMS_ONLY=1 để dựng riêng trang quản trị, hoặc bỏ biến này đi').optional(),
    HVS_CMS_BACKEND: rule(
      'HVS_CMS_BACKEND',
      (value) => ['github', 'gitlab', 'gitea'].includes(value),
      'không phải loại kho được hỗ trợ; ghi github, gitlab hoặc gitea (Forgejo cũng ghi gitea), ví dụ HVS_CMS_BACKEND=gitea',
    ).default('github'),
    HVS_CMS_REPO: rule(
      'HVS_CMS_REPO',
      (value) => /^[\w.-]+(\/[\w.-]+)+$/.test(value),
      'phải có dạng chủ-sở-hữu/tên-kho, ví dụ HVS_CMS_REPO=phuong/binh-dan-hoc-vu-so',
    ).default('phuong/binh-dan-hoc-vu-so'),
    HVS_CMS_BRANCH: rule('HVS_CMS_BRANCH', (value) => !/\s/.test(value), 'không được có dấu cách; ghi tên nhánh, ví dụ HVS_CMS_BRANCH=main').default('main'),
    HVS_CMS_API_ROOT: rule('HVS_CMS_API_ROOT', isHttpUrl, 'không phải địa chỉ web; ghi dạng https://git.anbinh.gov.vn/api/v1').optional(),
    HVS_CMS_BASE_URL: rule('HVS_CMS_BASE_URL', isHttpUrl, 'không phải địa chỉ web; ghi dạng https://auth.anbinh.gov.vn').optional(),
    HVS_CMS_APP_ID: z.string().optional(),
    HVS_CHROMIUM: rule('HVS_CHROMIUM', (value) => existsSync(value), 'không có trên máy này; ghi đường dẫn tới Chromium, ví dụ HVS_CHROMIUM=/usr/bin/chromium, hoặc bỏ biến này đi').optional(),
    HVS_E2E_PORT: port('HVS_E2E_PORT', 4400).default('4400'),
    HVS_BENCH_PORT: port('HVS_BENCH_PORT', 4390).default('4390'),
  })
  .transform((env, context): Config => {
    const manager = placement(env.HVS_CMS_ORIGIN, Boolean(env.HVS_CMS_ONLY));
    if (typeof manager === 'string') {
      context.issues.push({ code: 'custom', message: manager, input: env.HVS_CMS_ORIGIN });
      return z.NEVER;
    }
    return {
      base: env.HVS_BASE,
      ...(env.HVS_SITE ? { site: env.HVS_SITE } : {}),
      outDir: env.HVS_OUT_DIR,
      contentDir: env.HVS_CONTENT_DIR ?? 'content',
      contentDirGiven: env.HVS_CONTENT_DIR !== undefined,
      ward: env.HVS_WARD,
      manager,
      forge: {
        name: env.HVS_CMS_BACKEND as Forge['name'],
        repo: env.HVS_CMS_REPO,
        branch: env.HVS_CMS_BRANCH,
        ...(env.HVS_CMS_API_ROOT ? { apiRoot: env.HVS_CMS_API_ROOT } : {}),
        ...(env.HVS_CMS_BASE_URL ? { baseUrl: env.HVS_CMS_BASE_URL } : {}),
        ...(env.HVS_CMS_APP_ID ? { appId: env.HVS_CMS_APP_ID } : {}),
      },
      ...(() => {
        const chromium = env.HVS_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
        return chromium ? { chromium } : {};
      })(),
      e2ePort: Number(env.HVS_E2E_PORT),
      benchPort: Number(env.HVS_BENCH_PORT),
    };
  });

/**
 * The manager keeps an editor's sign-in (a write token to the repository) in
 * its origin's localStorage, which every page of that origin can read; on a
 * portal shared with other applications it belongs on an origin of its own.
 * Returns the message when the variables are wrong.
 */
function placement(origin: string | undefined, alone: boolean): ManagerPlacement | string {
  if (!origin) {
    if (alone) return 'HVS_CMS_ONLY: hãy ghi cả HVS_CMS_ORIGIN, tên miền riêng của trang quản trị, ví dụ HVS_CMS_ORIGIN=https://quan-tri.anbinh.gov.vn';
    return { kind: 'with-site' };
  }
  if (!URL.canParse(origin)) return `HVS_CMS_ORIGIN: ${shown(origin)} không phải địa chỉ web; ghi dạng https://quan-tri.anbinh.gov.vn`;
  const url = new URL(origin);
  if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
    return `HVS_CMS_ORIGIN: trang quản trị giữ mã đăng nhập, nên phải dùng https://, ví dụ https://${url.host}`;
  }
  return { kind: alone ? 'alone' : 'elsewhere', origin: url.origin };
}

/** Thrown for wrong HVS_* values; its message lists every wrong variable, one a line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the HVS_* variables of `env`; an empty variable counts as unset, as it always has. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const given = Object.fromEntries(Object.entries(env).filter(([name, value]) => name.startsWith('HVS_') && value !== undefined && value !== ''));
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  throw new ConfigError(`Biến môi trường chưa đúng:\n${result.error.issues.map((issue) => `  ${issue.message}`).join('\n')}`);
}

let parsed: Config | undefined;

/** This process's configuration, parsed from process.env on first use. */
export function config(): Config {
  parsed ??= parseConfig(process.env);
  return parsed;
}
