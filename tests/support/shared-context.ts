import { test, type BrowserContext } from '@playwright/test';

/*
 * A `test` whose `page` opens in one browser context per worker rather than a
 * new context per test: creating a context, and the service worker it installs
 * on its first page, cost about as much as an axe run. For many tests that each
 * load one page and read it (pages.spec.ts). The offline worker is allowed, as
 * in a resident's browser, so every page is checked with it in charge. Storage is shared, so each page
 * clears the origin's localStorage when its test ends; if that fails (the page
 * is gone or elsewhere), the next test gets a new context.
 */
export const sharedContextTest = test.extend<object, { sharedContext: { current: () => Promise<BrowserContext>; discard: () => Promise<void> } }>({
  sharedContext: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale } = workerInfo.project.use;
      let context: Promise<BrowserContext> | undefined;
      const discard = async () => {
        const old = context;
        context = undefined;
        await (await old)?.close();
      };
      await use({ current: () => (context ??= browser.newContext({ baseURL: String(baseURL), serviceWorkers: 'allow', ...(locale ? { locale } : {}) })), discard });
      await discard();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedContext }, use) => {
    const page = await (await sharedContext.current()).newPage();
    await use(page);
    const cleared = await page.evaluate(() => localStorage.clear()).then(
      () => true,
      () => false,
    );
    await page.close();
    if (!cleared) await sharedContext.discard();
  },
});
