/**
 * The content manager's folder under the site's base. It is for editors, not
 * residents: kept out of robots, the sitemap, the page budgets, the public
 * security policy and the service worker's store.
 */
export const MANAGER_DIR = 'quan-tri';

/**
 * Where the content manager is served, from HVS_CMS_ORIGIN and HVS_CMS_ONLY.
 * The manager keeps an editor's sign-in (a write token to the repository) in
 * its origin's localStorage, which every page of that origin can read; on a
 * portal shared with other applications it belongs on an origin of its own.
 * - `with-site`: in the site's build, at <base>quan-tri/ (the default);
 * - `elsewhere`: on `origin`; the public build leaves it out;
 * - `alone`: this build is the manager alone, for `origin`, at /quan-tri/.
 */
export type ManagerPlacement = { kind: 'with-site' } | { kind: 'elsewhere' | 'alone'; origin: string };

export function managerPlacement(env: Record<string, string | undefined>): ManagerPlacement {
  const origin = env['HVS_CMS_ORIGIN'];
  const alone = Boolean(env['HVS_CMS_ONLY']);
  if (!origin) {
    if (alone) throw new Error('HVS_CMS_ONLY: hãy ghi cả HVS_CMS_ORIGIN, tên miền riêng của trang quản trị, ví dụ HVS_CMS_ORIGIN=https://quan-tri.anbinh.gov.vn');
    return { kind: 'with-site' };
  }
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`HVS_CMS_ORIGIN: “${origin}” không phải địa chỉ web; ghi dạng https://quan-tri.anbinh.gov.vn`);
  }
  if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
    throw new Error(`HVS_CMS_ORIGIN: trang quản trị giữ mã đăng nhập, nên phải dùng https://, ví dụ https://${url.host}`);
  }
  return { kind: alone ? 'alone' : 'elsewhere', origin: url.origin };
}

