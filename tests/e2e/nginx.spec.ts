import { expect, test } from '@playwright/test';
import { readmeNginx, startNginx } from '../support/nginx';
import { basePath, buildDir, sparePort } from '../support/site';

/*
 * README.md's nginx examples, run for real with Debian's nginx and the
 * include the build writes: the sub-path example serves dist-subpath, the
 * root example serves dist.
 */

test('nginx, configured as README.md says, sends the site\'s 404 page and every header', async ({ request }, testInfo) => {
  const subpath = testInfo.project.name === 'subpath';
  const base = basePath(testInfo);
  const nginx = await startNginx({ server: subpath ? readmeNginx().subpath : readmeNginx().root, dir: buildDir(testInfo), port: sparePort(testInfo, 0) });
  try {
    const get = (path: string) => request.get(`${nginx.url}${base}${path}`, { maxRedirects: 0 });
    const publicPolicy = (headers: Record<string, string>, path: string) => {
      expect(headers['content-security-policy'], path).toMatch(/^default-src 'self';.* frame-ancestors 'none'$/);
      expect(headers['content-security-policy'], path).not.toContain('unsafe-inline');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    };

    const home = await get('');
    expect(home.status()).toBe(200);
    publicPolicy(home.headers(), 'home');
    const lesson = await get('khoa-hoc/an-toan-tren-mang/');
    expect(lesson.status()).toBe(200);
    publicPolicy(lesson.headers(), 'course');

    for (const path of ['khong-co/', 'khoa-hoc/khong-co/', 'quan-tri/khong-co/']) {
      const missing = await get(path);
      expect(missing.status(), path).toBe(404);
      expect(await missing.text(), path).toContain('Không tìm thấy trang này');
      publicPolicy(missing.headers(), path);
    }

    const manager = await get('quan-tri/');
    expect(manager.status()).toBe(200);
    expect(manager.headers()['content-security-policy']).toMatch(/style-src 'self' 'unsafe-inline'.* frame-ancestors 'none'$/);
    expect(manager.headers()['x-content-type-options']).toBe('nosniff');
    expect(manager.headers()['x-robots-tag']).toBe('noindex, nofollow');
    expect((await get('quan-tri/config.yml')).headers()['x-robots-tag']).toBe('noindex, nofollow');
  } finally {
    await nginx.stop();
  }
});
