import { expect, test } from '@playwright/test';
import { readmeNginx, startNginx } from '../support/nginx';
import { controlled, playVideo, VIDEO_LESSON } from '../support/offline';
import { basePath, buildDir, sparePort } from '../support/site';

/*
 * The build behind a real nginx (Debian's, which `.ci/run` installs), set up
 * exactly as README.md's example says, with the build's
 * nginx-security-headers.conf: nginx answers media requests with 206, which
 * the worker must pass through rather than try to store.
 */
// What these tests check is the offline worker (blocked elsewhere, playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('a lesson video plays with the service worker in control behind nginx', async ({ page }, testInfo) => {
  const subpath = testInfo.project.name === 'subpath';
  const base = basePath(testInfo);
  const nginx = await startNginx({ server: subpath ? readmeNginx().subpath : readmeNginx().root, dir: buildDir(testInfo), port: sparePort(testInfo, 5) });
  try {
    const root = `${nginx.url}${base}`;
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
    await nginx.stop();
  }
});
