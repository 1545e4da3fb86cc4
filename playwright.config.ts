import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/*
 * Chromium comes from HVS_CHROMIUM, else Debian's /usr/bin/chromium, else
 * Playwright's own installed browser. Nothing here downloads a browser.
 */
const executablePath = process.env['HVS_CHROMIUM'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const SUBPATH = '/binh-dan-hoc-vu-so/';

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  timeout: 60_000,
  fullyParallel: true,
  workers: 2, // the machines here have two cores
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'vi-VN',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  // Both deployments are built by `npm test` before this runs; see package.json.
  projects: [
    { name: 'root', use: { baseURL: 'http://localhost:4321/' } },
    // The sub-path build checks one page of each kind (tests/support/site.ts representativePaths).
    { name: 'subpath', use: { baseURL: `http://localhost:4322${SUBPATH}` }, grepInvert: /@root-only/ },
  ],
  webServer: [
    {
      command: 'node scripts/serve.ts dist 4321',
      url: 'http://localhost:4321/',
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `node scripts/serve.ts dist-subpath 4322 ${SUBPATH}`,
      url: `http://localhost:4322${SUBPATH}`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
