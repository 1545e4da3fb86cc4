import { defineConfig } from '@playwright/test';
import { config } from './src/config.ts';

/*
 * Chromium comes from HVS_CHROMIUM, else Debian's /usr/bin/chromium, else
 * Playwright's own installed browser. Nothing here downloads a browser.
 */
const executablePath = config().chromium;

const SUBPATH = '/binh-dan-hoc-vu-so/';

/*
 * Ports of our own (not Astro's 4321, which `npm start` uses), chosen by
 * HVS_E2E_PORT so two checkouts can test side by side: the root build on
 * PORT, the sub-path build on PORT + 1; tests that start servers of their own
 * take ports from PORT + 10 (tests/support/site.ts sparePort). A server left
 * running on one of them is never reused: the run stops with "port in use".
 */
const PORT = config().e2ePort;

/** Specs whose pages' scripts make no address: run on the root build only. */
const BASE_INDEPENDENT = ['campaign', 'first-screen', 'large-text', 'layout', 'lessons', 'materials', 'practice', 'reading-options'].map(
  (name) => `**/${name}.spec.ts`,
);

/** The test wards (tests/support/wards.ts) have a run of their own: playwright.wards.config.ts. */
const WARDS = ['**/wards.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  timeout: 60_000,
  fullyParallel: true,
  workers: 2, // the machines here have two cores (3 workers measured slower: 585 s against 498 s)
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'vi-VN',
    // Each test's fresh context would install the offline worker, which stores the home and offline
    // pages with their files: a quarter of a test's CPU for most specs. The specs of offline reading
    // allow it (test.use), and the page checks run every page with it (tests/support/shared-context.ts).
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  // Both deployments are built by `npm test` before this runs; see package.json.
  projects: [
    { name: 'root', use: { baseURL: `http://localhost:${PORT}/` }, testIgnore: WARDS },
    // The sub-path build checks one page of each kind (tests/support/site.ts representativePaths)
    // and what its base changes: links (the crawl of every page), requests, the service worker's
    // scope, modules loaded later, the content manager, stored data. The behaviour specs it skips
    // have scripts that build no address (the crawl and the page checks cover their pages' links).
    {
      name: 'subpath',
      use: { baseURL: `http://localhost:${PORT + 1}${SUBPATH}` },
      grepInvert: /@root-only/,
      testIgnore: [...BASE_INDEPENDENT, ...WARDS],
    },
  ],
  webServer: [
    {
      command: `node tests/support/serve.ts dist ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node tests/support/serve.ts dist-subpath ${PORT + 1} ${SUBPATH}`,
      url: `http://localhost:${PORT + 1}${SUBPATH}`,
      reuseExistingServer: false,
    },
  ],
});
