import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../support/site';

/*
 * Issue 21: on a 390×844 phone whose system text is at 200 %, with the site's
 * largest text option, each lesson, course, path and the search page shows its
 * title and the first sentence after it on the first screen.
 */
const PHONE = { width: 390, height: 844 };
const ONE_OF_EACH = [
  'khoa-hoc/an-toan-tren-mang/cuoc-goi-gia-danh-cong-an/',
  'khoa-hoc/an-toan-tren-mang/',
  'lo-trinh/nguoi-cao-tuoi/',
  'tim-kiem/',
];

/** Chromium's default font size at 32 px: what Android's or iOS's "largest text" gives a page. */
async function systemTextAt200(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

const largestOption = (page: Page) =>
  page.addInitScript(() => localStorage.setItem('hvs:reading', JSON.stringify({ textSize: 'largest' })));

const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

/** Where the h1 starts and where the first sentence of the first visible text after it ends, in the viewport. */
function firstScreen(page: Page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('main h1');
    if (!h1) throw new Error('no h1 in main');
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    let start: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const following = h1.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING;
      const shown = node.parentElement?.getClientRects().length && node.parentElement.checkVisibility();
      if (following && !h1.contains(node) && shown && node.textContent?.trim()) {
        start = node as Text;
        break;
      }
    }
    if (!start) throw new Error('no text after the h1');
    // The sentence runs to its full stop (or question mark, colon) or to the end of its block.
    const block = start.parentElement?.closest('p, li, label, dd, figcaption, h2, h3, div') ?? start.parentElement;
    const range = document.createRange();
    range.setStart(start, start.textContent?.search(/\S/) ?? 0);
    const blockWalker = document.createTreeWalker(block ?? start, NodeFilter.SHOW_TEXT);
    blockWalker.currentNode = start;
    let sentence = '';
    for (let node: Node | null = start; node; node = blockWalker.nextNode()) {
      const text = node.textContent ?? '';
      const from = node === start ? (text.search(/\S/) ?? 0) : 0;
      const end = /[.?!:…](\s|$)/.exec(text.slice(from));
      if (end) {
        range.setEnd(node, from + end.index + 1);
        sentence += text.slice(from, from + end.index + 1);
        break;
      }
      range.setEnd(node, text.length);
      sentence += text.slice(from);
    }
    return {
      h1Top: h1.getBoundingClientRect().top,
      sentence: sentence.replace(/\s+/g, ' ').trim(),
      sentenceBottom: range.getBoundingClientRect().bottom,
      screen: window.innerHeight,
    };
  });
}

async function expectOnFirstScreen(page: Page, path: string) {
  await page.goto(path);
  const seen = await firstScreen(page);
  expect(seen.sentence.length, `${path}: a sentence after the title`).toBeGreaterThan(10);
  expect(seen.h1Top, `${path}: the title starts on the page`).toBeGreaterThanOrEqual(0);
  expect(seen.sentenceBottom, `${path}: “${seen.sentence}” ends on the first screen`).toBeLessThanOrEqual(seen.screen);
}

test.describe('the first screen at the largest text', () => {
  test.use({ viewport: PHONE });

  test('with 200 % system text and the largest option, one page of each kind', async ({ page }) => {
    await systemTextAt200(page);
    await page.goto('tro-nang/');
    expect(await rootFontSize(page)).toBe(32);
    await largestOption(page);
    for (const path of ONE_OF_EACH) {
      await expectOnFirstScreen(page, path);
      expect(await page.locator('html').getAttribute('data-text-size')).toBe('largest');
      expect(await rootFontSize(page)).toBeGreaterThanOrEqual(32);
    }
  });

  test('with the largest option at normal system text, one page of each kind', async ({ page }) => {
    await largestOption(page);
    for (const path of ONE_OF_EACH) {
      await expectOnFirstScreen(page, path);
      // 200 % of the phone's own 16 px.
      expect(await rootFontSize(page)).toBeGreaterThanOrEqual(31.9);
    }
  });

  test('with 200 % system text and the largest option, every lesson, course and path @root-only', async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    await systemTextAt200(page);
    await largestOption(page);
    const paths = (await sitemapPaths(page, testInfo)).filter((path) => /^(khoa-hoc|lo-trinh)\/[^/]+\/([^/]+\/)?$/.test(path));
    expect(paths.length).toBeGreaterThan(40);
    const late: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const seen = await firstScreen(page);
      if (seen.h1Top < 0 || seen.sentenceBottom > seen.screen || seen.sentence.length <= 10)
        late.push(`${path}: “${seen.sentence}” ends at ${Math.round(seen.sentenceBottom)} px`);
    }
    expect(late).toEqual([]);
  });
});
