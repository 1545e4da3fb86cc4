/*
 * Scores search on the built site (run `npm run build` first) in Chromium:
 * the evaluation set's and the two held-out sets' pass rates by typing style, and the bytes a
 * first search costs on the wire.
 *   npm run bench:search
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { config } from '../src/config.ts';
import { firstSearchBytes, loadEvalSet, rates, runEval } from '../tests/support/search-eval.ts';

const port = Number(process.env['HVS_BENCH_PORT'] ?? config().e2ePort + 9);
const server = spawn(process.execPath, ['tests/support/serve.ts', 'dist', String(port)], { stdio: 'ignore' });
const origin = `http://localhost:${port}`;
for (let attempt = 0; ; attempt += 1) {
  try {
    await fetch(`${origin}/`);
    break;
  } catch {
    if (attempt > 100) throw new Error(`the site did not answer on ${port}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
const executablePath = config().chromium;
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const context = await browser.newContext({ serviceWorkers: 'block', baseURL: origin });
  const page = await context.newPage();
  // The held-out sets' misses are not printed: tuning against them would make them training sets.
  const sets = [['tests/search/queries.yaml', true], ['tests/search/holdout.yaml', false], ['tests/search/holdout2.yaml', false]] as const;
  for (const [file, showMisses] of sets) {
    const started = performance.now();
    const outcomes = await runEval(page, '/', loadEvalSet(file));
    const { overall, byStyle } = rates(outcomes);
    if (showMisses) {
      for (const { query, top, saysNothing } of outcomes.filter((outcome) => !outcome.passed)) {
        console.log(`miss [${query.style}] ${query.q}  →  ${saysNothing ? '(says nothing fits)' : top.join(', ') || '(nothing)'}`);
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\n${file}: ${outcomes.filter((o) => o.passed).length}/${outcomes.length} = ${(overall * 100).toFixed(1)}% (scored in ${seconds} s)`);
    for (const [style, { passed, total }] of [...byStyle].sort()) console.log(`  ${style.padEnd(9)} ${String(passed).padStart(3)}/${String(total).padEnd(3)} ${((100 * passed) / total).toFixed(1)}%`);
  }
  await context.close();
  console.log('\nfirst search, cold cache          bytes on the wire (of which index)');
  for (const query of ['thanh toan qr', 'lua dao qua dien thaoi', 'cách đổi mật khẩu']) {
    const fresh = await browser.newContext({ serviceWorkers: 'block' });
    const { total, index } = await firstSearchBytes(fresh, `${origin}/tim-kiem/?q=${encodeURIComponent(query)}`);
    console.log(`  ${query.padEnd(30)} ${(total / 1024).toFixed(1).padStart(7)} KB (${(index / 1024).toFixed(1)} KB)`);
    await fresh.close();
  }
} finally {
  await browser.close();
  server.kill();
}
