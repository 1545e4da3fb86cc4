import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';
import { config } from './src/config.ts';
import { TEST_WARDS, WARDS_OUT } from './tests/support/wards.ts';

/*
 * The three test wards of one city (issue 23), built by `npm run build:test-wards`:
 * one on PORT + 2, two under sibling paths of PORT + 3. A run of its own
 * (`npm run test:e2e:wards`), so `npm test` builds and checks them beside the
 * main browser tests instead of before them. Its results folder is its own:
 * each run empties its folder when it starts.
 */
const PORT = config().e2ePort;

export default defineConfig({
  ...base,
  outputDir: 'test-results-wards',
  workers: 1,
  projects: [{ name: 'wards', testMatch: ['**/wards.spec.ts'] }],
  webServer: ([0, 1] as const).map((server) => {
    const port = PORT + 2 + server;
    const [first, ...rest] = TEST_WARDS.filter((ward) => ward.server === server);
    const sites = [`${WARDS_OUT}/${first?.ward} ${port} ${first?.base}`, ...rest.map((ward) => `${WARDS_OUT}/${ward.ward} ${ward.base}`)];
    return { command: `node tests/support/serve.ts ${sites.join(' ')}`, url: `http://localhost:${port}${first?.base}`, reuseExistingServer: false };
  }),
});
