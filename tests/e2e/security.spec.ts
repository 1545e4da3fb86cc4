import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildDir } from '../support/site';

// One page of each kind that runs a script: all must run under the policy with no violation.
const PAGES = [
  '',
  'khoa-hoc/an-toan-tren-mang/',
  'khoa-hoc/thanh-toan-khong-dung-tien-mat/tra-tien-bang-ma-qr/',
  'tim-kiem/?q=lua+dao',
  'thuc-hanh/tra-tien-bang-ma-qr/',
  'thuc-hanh/nhan-biet-lua-dao/',
  'lich-hoc/',
  'tai-lieu/dai-su-so/',
  'tai-lieu/bien-quet-ma/',
  'hoc-tap-cua-toi/',
  'ngoai-tuyen/',
];

test('every kind of page runs under the Content-Security-Policy with no violation', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  for (const path of PAGES) {
    const response = await page.goto(path);
    const header = response?.headers()['content-security-policy'] ?? '';
    expect(header, path).toContain("default-src 'self'");
    expect(header, path).toContain("frame-ancestors 'none'");
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    // Scripts ran: the inline boot script marks the page, and custom elements are defined.
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
  }
  // Pagefind's WebAssembly is allowed: the search found something.
  await page.goto(PAGES[3] ?? '');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('no page carries an inline event handler, and header files are written for static hosts', async ({}, testInfo) => {
  const dir = buildDir(testInfo);
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.html') ? [path] : [];
    });
  const handlers = walk(dir).filter((file) => /<[^>]+\son[a-z]+\s*=/i.test(readFileSync(file, 'utf8')));
  expect(handlers).toEqual([]);
  const headers = readFileSync(join(dir, '_headers'), 'utf8');
  expect(headers).toMatch(/Content-Security-Policy: default-src 'self';.*script-src 'self' 'sha256-/);
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  const nginx = readFileSync(join(dir, 'nginx-security-headers.conf'), 'utf8');
  expect(nginx).toMatch(/^add_header Content-Security-Policy "default-src 'self';.*frame-ancestors 'none'" always;$/m);
});

test('an address that does not exist still gets the security headers', async ({ request }) => {
  for (const path of ['khong-co/', 'khong-co', 'khoa-hoc/khong-co/']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
});
