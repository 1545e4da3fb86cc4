import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';

/*
 * A second accessibility engine beside axe: IBM's Equal Access engine
 * (accessibility-checker-engine, its ace.js injected into the page, rules
 * bundled, nothing fetched), ruleset WCAG 2.2 A and AA, on one page of each kind.
 * Only definite violations fail ("potential" and "manual" items need a person).
 */
const ace = readFileSync(createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'), 'utf8');

const PAGES = [
  ['home', ''],
  ['course', 'khoa-hoc/thanh-toan-khong-dung-tien-mat/'],
  ['lesson with every callout and a video', 'khoa-hoc/thanh-toan-khong-dung-tien-mat/tra-tien-bang-ma-qr/'],
  ['lesson with a practice', 'khoa-hoc/dich-vu-cong-truc-tuyen/cai-vneid-va-kich-hoat-muc-2/'],
  ['path', 'lo-trinh/nguoi-cao-tuoi/'],
  ['search', 'tim-kiem/'],
  ['news list', 'tin-tuc/'],
  ['news item', 'tin-tuc/chi-lan-ban-rau-cho-an-binh-nhan-tien-bang-ma-qr/'],
  ['event', 'lich-hoc/lop-vneid-nguoi-cao-tuoi-thang-12/'],
  ['events list', 'lich-hoc/'],
  ['practice', 'thuc-hanh/tra-tien-bang-ma-qr/'],
  ['drill', 'thuc-hanh/nhan-biet-lua-dao/'],
  ['printable', 'tai-lieu/ap-phich/thanh-toan-khong-dung-tien-mat/tra-tien-bang-ma-qr/'],
  ['materials list', 'tai-lieu/'],
  ['booklet', 'tai-lieu/so-tay/thanh-toan-khong-dung-tien-mat/'],
  ['my learning', 'hoc-tap-cua-toi/'],
  ['movement', 'phong-trao/'],
  ['progress charts', 'phong-trao/tien-do/'],
  ['plan task', 'phong-trao/ke-hoach/cho-so-4t/'],
  ['not found', 'trang-khong-co-that/'],
] as const;

// The engine's report, reduced to what a failure message needs.
interface Finding {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  message: string;
  path: { dom: string };
  snippet: string;
}

test.use({ bypassCSP: true }); // ace.js is injected as a script of its own; the site's CSP would refuse it.

for (const [kind, path] of PAGES) {
  test(`IBM Equal Access (WCAG 2.2) finds no violation on the ${kind} page /${path} @root-only`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(path);
    // Open every <details>: what is inside a closed one is not rendered, and the engine then
    // misses the fieldsets' legends (the reading options); opened, it checks that content too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    await page.addScriptTag({ content: ace });
    const results = await page.evaluate(async () => {
      const engine = (window as unknown as { ace: { Checker: new () => { check: (doc: Document, rules: string[]) => Promise<{ results: Finding[] }> } } }).ace;
      const report = await new engine.Checker().check(document, ['WCAG_2_2']);
      return report.results.map(({ ruleId, reasonId, value, message, path, snippet }) => ({ ruleId, reasonId, value, message, path, snippet }));
    });
    expect(results.length, 'the engine ran its rules').toBeGreaterThan(50);
    const violations = results.filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL');
    expect(violations.map((result) => `${result.ruleId}: ${result.message} at ${result.path.dom} ${result.snippet}`)).toEqual([]);
  });
}
