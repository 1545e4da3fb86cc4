import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { basePath, sparePort } from '../support/site';
import { controlled, playVideo, VIDEO_LESSON } from '../support/offline';

/*
 * The build behind a real nginx (Debian's), configured as the README says,
 * with the build's nginx-security-headers.conf: nginx answers media requests
 * with 206, which the worker must pass through rather than try to store.
 * CI installs nginx (.ci/run); elsewhere the test is skipped without it.
 */
const NGINX = '/usr/sbin/nginx';

test.skip(!existsSync(NGINX), `${NGINX} is not installed`);

test('a lesson video plays with the service worker in control behind nginx', async ({ page }, testInfo) => {
  const base = basePath(testInfo);
  const site = resolve(testInfo.project.name === 'subpath' ? 'dist-subpath' : 'dist');
  const port = sparePort(testInfo, 5);
  const dir = mkdtempSync(join(tmpdir(), 'hvs-nginx-'));
  const headers = join(site, 'nginx-security-headers.conf');
  const serve = base === '/' ? [`root ${site};`, `include ${headers};`] : [`location ${base} {`, `  alias ${site}/;`, `  include ${headers};`, '}'];
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      // The user directive matters only when nginx starts as root (CI); it keeps workers able to read the build.
      `user ${userInfo().username};`,
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`),
      '  server {',
      `    listen 127.0.0.1:${port};`,
      ...serve.map((line) => `    ${line}`),
      '  }',
      '}',
    ].join('\n'),
  );
  const nginx = spawn(NGINX, ['-e', join(dir, 'error.log'), '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
  try {
    const root = `http://127.0.0.1:${port}${base}`;
    await expect.poll(async () => (await fetch(root).catch(() => null))?.status, { timeout: 10_000 }).toBe(200);

    // What nginx itself answers: a byte range, and the worker never cached by the browser.
    const video = /<video[^>]+src="([^"]+)"/.exec(await (await fetch(`${root}${VIDEO_LESSON}`)).text())?.[1] ?? '';
    const range = await fetch(new URL(video, root), { headers: { Range: 'bytes=0-99' } });
    expect(range.status).toBe(206);
    expect(range.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);
    const worker = await fetch(`${root}sw.js`);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");

    await page.goto(root);
    await controlled(page);
    await page.goto(`${root}${VIDEO_LESSON}`);
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const played = await playVideo(page);
    expect(played.error).toBeNull();
    expect(played.readyState).toBeGreaterThanOrEqual(2);
    expect(played.currentTime).toBeGreaterThan(0);
    expect(played.cues).toBeGreaterThan(0);
  } finally {
    // nginx writes to its folder until it has stopped.
    if (nginx.exitCode === null) {
      const stopped = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill();
      await stopped;
    }
    rmSync(dir, { recursive: true, force: true });
  }
});
