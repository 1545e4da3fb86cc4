/*
 * Builds the site and prints, per page type, its weight after gzip and the
 * build time, so they can be tracked from change to change.
 *   npm run bench
 */
import { spawnSync } from 'node:child_process';
import { BUDGET, weighSite, type PageWeight } from './weigh.ts';

const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
const seconds = (performance.now() - started) / 1000;

const pageType = (path: string) => (path === '/' ? 'trang chủ' : path === '/404/' ? '404' : (path.split('/')[1] ?? path));
const byType = new Map<string, PageWeight[]>();
for (const page of weighSite('dist')) {
  const type = pageType(page.path);
  byType.set(type, [...(byType.get(type) ?? []), page]);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
console.log(`\nBuild time: ${seconds.toFixed(1)} s`);
console.log(`Budget per page: ${BUDGET.total / 1024} KB in all, ${BUDGET.js / 1024} KB of JavaScript (gzip, images apart)\n`);
console.log('page type        pages  heaviest  html KB  css KB   js KB  font KB');
for (const [type, pages] of [...byType].sort()) {
  const heaviest = pages.reduce((a, b) => (b.total > a.total ? b : a));
  console.log(
    `${type.padEnd(16)} ${String(pages.length).padStart(5)}  ${kb(heaviest.total)}  ${kb(heaviest.html)}  ${kb(heaviest.css)}  ${kb(heaviest.js)}  ${kb(heaviest.fonts)}`,
  );
}

/*
 * Search: what a first query costs on a cold cache, measured in Chromium
 * against the built site served locally.
 */
async function benchSearch() {
  const { spawn } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  const { chromium } = await import('@playwright/test');
  const port = '4455';
  const server = spawn(process.execPath, ['scripts/serve.ts', 'dist', port], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const executablePath = process.env['HVS_CHROMIUM'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    console.log('\nsearch, first query on a cold cache    bytes on the wire   first results');
    for (const query of ['thanh toan qr', 'lừa đảo', 'cách đổi mật khẩu']) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      let bytes = 0;
      let searchBytes = 0;
      const urls = new Map<string, string>();
      cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
      cdp.on('Network.loadingFinished', (event) => {
        bytes += event.encodedDataLength;
        if ((urls.get(event.requestId) ?? '').includes('/pagefind/')) searchBytes += event.encodedDataLength;
      });
      await page.goto(`http://localhost:${port}/tim-kiem/?q=${encodeURIComponent(query)}`);
      await page.locator('[data-results] li').first().waitFor();
      const ms = await page.evaluate(() => performance.now());
      await page.waitForLoadState('networkidle');
      console.log(`${query.padEnd(38)} ${(bytes / 1024).toFixed(1).padStart(8)} KB (${(searchBytes / 1024).toFixed(1)} KB index)  ${Math.round(ms).toString().padStart(6)} ms`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

await benchSearch();
