import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { parse } from 'yaml';

/*
 * The search evaluation (tests/search/queries.yaml) scored on the rendered
 * search page: each query typed into the address as a resident's search,
 * the first three results read from the page. Shared by `npm run bench:search`
 * and tests/e2e/search-eval.spec.ts.
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

/** What the search page shows for one query: the first three results' paths under the base, and whether it says the site has nothing. */
export async function searchPage(page: Page, base: string, query: string): Promise<{ top: string[]; saysNothing: boolean }> {
  await page.goto(`${base}tim-kiem/?q=${encodeURIComponent(query)}`);
  const status = page.locator('hvs-search [role="status"]');
  await status.filter({ hasText: /kết quả|chưa có bài|Không có kết quả/ }).waitFor();
  const hrefs = await page.locator('[data-results] li h2 a').evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const saysNothing = await page.locator('[data-nothing]').isVisible();
  return { top: hrefs.map((href) => href.slice(base.length)), saysNothing };
}

export async function runEval(page: Page, base: string, queries: EvalQuery[]): Promise<EvalOutcome[]> {
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
