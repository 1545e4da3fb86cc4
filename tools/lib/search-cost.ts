import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { config } from '../../src/config.ts';

export interface SearchCost {
  query: string;
  /** Bytes on the wire for the whole page and its first results. */
  bytes: number;
  /** Of which Pagefind's files. */
  indexBytes: number;
  /** Milliseconds from navigation to the first results. */
  ms: number;
}

/** What a first query costs on a cold cache, in Chromium, against a built site served locally. */
export async function firstSearchCost(dir: string, port: string, queries: string[]): Promise<SearchCost[]> {
  const server = spawn(process.execPath, ['tests/support/serve.ts', dir, port], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const executablePath = config().chromium;
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const costs: SearchCost[] = [];
  try {
    for (const query of queries) {
      // A fresh context: no service worker, no cache.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let bytes = 0;
      let indexBytes = 0;
      const urls = new Map<string, string>();
      cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
      cdp.on('Network.loadingFinished', (event) => {
        bytes += event.encodedDataLength;
        if ((urls.get(event.requestId) ?? '').includes('/pagefind/')) indexBytes += event.encodedDataLength;
      });
      await page.goto(`http://localhost:${port}/tim-kiem/?q=${encodeURIComponent(query)}`);
      await page.locator('[data-results] li').first().waitFor();
      const ms = await page.evaluate(() => performance.now());
      await page.waitForLoadState('networkidle');
      costs.push({ query, bytes, indexBytes, ms });
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return costs;
}
