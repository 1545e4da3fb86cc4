/*
 * How long the ambassador's notebook takes to open with a large notebook
 * stored on the device: 2,000 mentees (four times the import limit, as a
 * stress), each with a few lessons done, in Chromium against the root build
 * in dist/ (run `npm run build` first). Prints figures; asserts nothing.
 *   npm run bench:notebook [-- <mentees>]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { config } from '../src/config.ts';

const count = Number(process.argv[2] ?? 2000);
const port = String(config().benchPort);
const runs = 5;
if (!existsSync('dist/tai-lieu/dai-su-so/index.html')) throw new Error('Chưa có bản dựng: chạy `npm run build` trước.');

const server = spawn(process.execPath, ['tests/support/serve.ts', 'dist', port], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const executablePath = config().chromium;
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`http://localhost:${port}/tai-lieu/dai-su-so/`);
  const lessons = JSON.parse((await page.locator('hvs-mentor-book').getAttribute('data-lessons')) ?? '[]') as { lessons: { id: string }[] }[];
  const ids = lessons.flatMap((course) => course.lessons.map((lesson) => lesson.id));
  const book = {
    mentees: Array.from({ length: count }, (_, index) => ({ id: `m${index}`, name: `Người học ${index + 1}`, done: ids.filter((_, lesson) => (lesson + index) % 7 === 0) })),
  };
  const stored = JSON.stringify(book);
  await page.evaluate((value) => localStorage.setItem('hvs:mentor', value), stored);

  const open: number[] = [];
  const expand: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page.reload({ waitUntil: 'domcontentloaded' });
    // Navigation start to the first frame drawn after the list is built (module scripts run before DOMContentLoaded).
    const shown = await page.evaluate(
      (expected) =>
        new Promise<number>((resolve, reject) =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const items = document.querySelectorAll('[data-mentees] > li').length;
              if (items !== expected) reject(new Error(`${items} mentees shown, ${expected} expected`));
              resolve(performance.now());
            }),
          ),
        ),
      count,
    );
    open.push(shown);
    const started = await page.evaluate(() => performance.now());
    await page.locator('[data-mentees] > li').nth(count - 1).locator('summary').click();
    await page.locator('[data-mentees] > li').nth(count - 1).getByRole('checkbox').first().waitFor();
    expand.push((await page.evaluate(() => performance.now())) - started);
  }
  const boxes = await page.locator('[data-mentees] input[type="checkbox"]').count();
  console.log(`Sổ Đại sứ số với ${count.toLocaleString('vi-VN')} người học (${(stored.length / 1024).toFixed(0)} KB trong localStorage), ${runs} lần mở:`);
  console.log(`  mở trang đến khi hiện danh sách: trung vị ${median(open).toFixed(0)} ms (từ ${Math.min(...open).toFixed(0)} đến ${Math.max(...open).toFixed(0)} ms)`);
  console.log(`  mở một người học (hiện các ô đánh dấu): trung vị ${median(expand).toFixed(0)} ms`);
  console.log(`  ô đánh dấu có trên trang sau khi mở một người: ${boxes}`);
  await context.close();
} finally {
  await browser.close();
  server.kill();
}
