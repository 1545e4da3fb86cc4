import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { parse } from 'yaml';

/*
 * The search evaluation (tests/search/*.yaml) scored on the rendered search
 * page: the page is loaded once per set, each query typed into its box and
 * sent with Enter, as a resident with JavaScript does, and the first three
 * results read from the page once it has answered. Shared by
 * `npm run bench:search` and tests/e2e/search-eval.spec.ts; the address
 * (?q=) and the page without JavaScript are tested in search.spec.ts.
 */

export interface EvalQuery {
  q: string;
  style: string;
  /** Pages under the base; one must be in the first three. Empty: the page must say it has nothing. */
  want: string[];
  /** Typed as decomposed Unicode (NFD), as some keyboards send it. */
  q_nfd?: boolean;
}

export interface EvalOutcome {
  query: EvalQuery;
  passed: boolean;
  top: string[];
  saysNothing: boolean;
}

export const loadEvalSet = (file = 'tests/search/queries.yaml'): EvalQuery[] => parse(readFileSync(file, 'utf8')) as EvalQuery[];

/** What the loaded search page shows once it has answered `query`: the first three results' paths under the base, and whether it says the site has nothing. */
export async function searchPage(page: Page, base: string, query: string): Promise<{ top: string[]; saysNothing: boolean }> {
  const search = page.locator('hvs-search');
  // The page counts its answers in data-runs: the answer to this query is the next one.
  const before = await search.getAttribute('data-runs');
  const box = page.getByRole('main').getByRole('searchbox');
  await box.fill(query);
  await box.press('Enter');
  await page.locator(`hvs-search[data-runs]:not([data-runs="${before ?? ''}"])`).waitFor({ state: 'attached' });
  const hrefs = await page.locator('[data-results] li h2 a').evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const saysNothing = await page.locator('[data-nothing]').isVisible();
  return { top: hrefs.map((href) => href.slice(base.length)), saysNothing };
}

export async function runEval(page: Page, base: string, queries: EvalQuery[]): Promise<EvalOutcome[]> {
  await page.goto(`${base}tim-kiem/`);
  // Ready once the page has answered its (empty) address.
  await page.locator('hvs-search[data-runs]').waitFor({ state: 'attached' });
  const outcomes: EvalOutcome[] = [];
  for (const query of queries) {
    const { top, saysNothing } = await searchPage(page, base, query.q_nfd ? query.q.normalize('NFD') : query.q);
    const passed = query.want.length ? query.want.some((want) => top.includes(want)) : saysNothing && top.length === 0;
    outcomes.push({ query, passed, top, saysNothing });
  }
  return outcomes;
}

/** Share passed, overall and per style. */
export function rates(outcomes: EvalOutcome[]): { overall: number; byStyle: Map<string, { passed: number; total: number }> } {
  const byStyle = new Map<string, { passed: number; total: number }>();
  for (const { query, passed } of outcomes) {
    const entry = byStyle.get(query.style) ?? { passed: 0, total: 0 };
    entry.total += 1;
    if (passed) entry.passed += 1;
    byStyle.set(query.style, entry);
  }
  return { overall: outcomes.filter((outcome) => outcome.passed).length / outcomes.length, byStyle };
}

/** Bytes on the wire for a first search in a fresh context (no cache, no service worker): page, styles, scripts, index. */
export async function firstSearchBytes(context: BrowserContext, url: string): Promise<{ total: number; index: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  let total = 0;
  let index = 0;
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    total += event.encodedDataLength;
    if ((urls.get(event.requestId) ?? '').includes('/pagefind/')) index += event.encodedDataLength;
  });
  await page.goto(url);
  await page.locator('[data-results] li').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  return { total, index };
}
