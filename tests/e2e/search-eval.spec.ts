import { expect, test } from '@playwright/test';
import { firstSearchBytes, loadEvalSet, rates, runEval } from '../support/search-eval';
import { basePath } from '../support/site';

/*
 * The search evaluation set (tests/search/queries.yaml: what residents type,
 * with and without marks, as questions, with a typo, in everyday words, in
 * both tone styles, and topics the site does not cover) scored on the
 * rendered search page. `npm run bench:search` prints the same figures.
 */
/*
 * Floors: what the search reaches today (README, "Search"), so a change that
 * makes it worse fails. Issue 20's goal is 0.95 overall and 0.90 for every
 * style; raise these as the search gets there.
 */
const OVERALL_FLOOR = 0.86;
const STYLE_FLOOR = 0.55;

test('the search keeps its rate on the evaluation set, overall and for every typing style @root-only', async ({ page }, testInfo) => {
  test.setTimeout(20 * 60_000);
  const queries = loadEvalSet();
  expect(queries.length).toBeGreaterThanOrEqual(150);
  const outcomes = await runEval(page, basePath(testInfo), queries);
  const { overall, byStyle } = rates(outcomes);
  const misses = outcomes.filter((outcome) => !outcome.passed).map(({ query, top }) => `[${query.style}] ${query.q} → ${top.join(', ')}`);
  expect(overall, misses.join('\n')).toBeGreaterThanOrEqual(OVERALL_FLOOR);
  for (const [style, { passed, total }] of byStyle) expect(passed / total, `${style}: ${passed}/${total}\n${misses.join('\n')}`).toBeGreaterThanOrEqual(STYLE_FLOOR);
});

test('a first search costs under 150 KB on the wire, index included', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { total, index } = await firstSearchBytes(context, `${String(testInfo.project.use.baseURL)}tim-kiem/?q=${encodeURIComponent('lua dao qua dien thoai')}`);
  await context.close();
  expect(index).toBeGreaterThan(10 * 1024);
  expect(total).toBeLessThan(150 * 1024);
});
