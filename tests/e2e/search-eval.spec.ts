import { expect, test } from '@playwright/test';
import { firstSearchBytes, loadEvalSet, rates, runEval } from '../support/search-eval';
import { basePath } from '../support/site';

/*
 * The search evaluation sets (tests/search/queries.yaml: what residents type,
 * with and without marks, as questions, with a typo, in everyday words, in
 * both tone styles, and topics the site does not cover) scored on the
 * rendered search page; tests/search/holdout.yaml the same kinds of query,
 * held out. `npm run bench:search` prints the same figures.
 */
/*
 * Floors: what the search reaches today (README, "Search"), so a change that
 * makes it worse fails; the held-out sets (tests/search/holdout.yaml and
 * holdout2.yaml, each written before a round of changes and not looked at
 * query by query while tuning) are held to the same kind of floor. Issue 20's
 * goal is 0.95 overall and 0.90 for every style; raise these as the search
 * gets there.
 */
const SETS = [
  { file: 'tests/search/queries.yaml', overall: 0.98, style: 0.9, size: 150 },
  { file: 'tests/search/holdout.yaml', overall: 0.96, style: 0.9, size: 60 },
  // Written before the everyday names (searchTerms) and the fit rules of December 2026: how they generalise.
  { file: 'tests/search/holdout2.yaml', overall: 0.88, style: 0.7, size: 55 },
];

for (const set of SETS) {
  test(`the search keeps its rate on ${set.file}, overall and for every typing style @root-only`, async ({ page }, testInfo) => {
    test.setTimeout(20 * 60_000);
    const queries = loadEvalSet(set.file);
    expect(queries.length).toBeGreaterThanOrEqual(set.size);
    const outcomes = await runEval(page, basePath(testInfo), queries);
    const { overall, byStyle } = rates(outcomes);
    const misses = outcomes.filter((outcome) => !outcome.passed).map(({ query, top }) => `[${query.style}] ${query.q} → ${top.join(', ')}`);
    expect(overall, misses.join('\n')).toBeGreaterThanOrEqual(set.overall);
    for (const [style, { passed, total }] of byStyle) expect(passed / total, `${style}: ${passed}/${total}\n${misses.join('\n')}`).toBeGreaterThanOrEqual(set.style);
  });
}

test('a query typed on the results page is answered in place, and the back button brings the one before', async ({ page }) => {
  await page.goto(`tim-kiem/?q=${encodeURIComponent('mã OTP')}`);
  await expect(page.getByRole('status')).toContainText('kết quả');
  const box = page.getByRole('main').getByRole('searchbox');
  const first = await page.locator('[data-results] li h2 a').first().textContent();
  // A mark set on the window survives only if the page is not loaded again.
  await page.evaluate(() => Object.assign(window, { stayed: true }));
  await box.fill('cổng sạc');
  await box.press('Enter');
  await expect(page).toHaveURL(/q=c%E1%BB%95ng\+s%E1%BA%A1c/);
  await expect(page.getByRole('status')).toContainText('“cổng sạc”');
  await expect(page.locator('[data-results] li h2 a').first()).toHaveText('Các bộ phận của điện thoại, bật máy và sạc pin');
  expect(await page.evaluate(() => 'stayed' in window)).toBe(true);
  await page.goBack();
  await expect(box).toHaveValue('mã OTP');
  await expect(page.locator('[data-results] li h2 a').first()).toHaveText(first ?? '');
});

test('a first search costs under 150 KB on the wire, index included', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { total, index } = await firstSearchBytes(context, `${String(testInfo.project.use.baseURL)}tim-kiem/?q=${encodeURIComponent('lua dao qua dien thoai')}`);
  await context.close();
  expect(index).toBeGreaterThan(10 * 1024);
  expect(total).toBeLessThan(150 * 1024);
});
