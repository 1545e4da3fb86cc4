/*
 * `npm test`: every check, in order, stopping at the first failure with its
 * exit code; at the end, the seconds each step took. A stage's lanes run side
 * by side (the machines here have two cores) when they share no files: a lane
 * that writes `.astro/` or a build folder never runs beside another that reads
 * or writes it. A parallel lane's output is held and printed whole when it ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** npm scripts run one after another. */
type Lane = string[];
/** Lanes run side by side; the next stage starts when every lane has passed. */
type Stage = Lane[];

export const STAGES: Stage[] = [
  [['check:content', 'build']],
  // vnu reads dist/ only; the sub-path build writes dist-subpath/ and .astro/.
  [['check:html'], ['build:subpath']],
  // The browser tests read dist/, dist-subpath/ and content/. Beside them, one after another
  // (each writes .astro/): astro check, the unit tests (their builds write temporary folders),
  // then the three test wards (issue 23: built into dist-wards/ from a copy of the library)
  // and their own browser run (playwright.wards.config.ts, ports of their own).
  [['test:e2e'], ['check', 'test:unit', 'build:test-wards', 'test:e2e:wards']],
];

interface Timing {
  script: string;
  seconds: number;
}

const start = performance.now();
const timings: Timing[] = [];
/** Steps running now: when one fails, the others of its stage are stopped. */
const running = new Set<ChildProcess>();

function run(script: string, hold: boolean): Promise<{ code: number; output: string; seconds: number }> {
  const start = performance.now();
  return new Promise((resolve) => {
    // Its own process group, so that stopping it stops what npm started.
    const child = spawn('npm', ['run', '--silent', script], { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: true });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), output, seconds: (performance.now() - start) / 1000 });
    });
  });
}

/**
 * Stops the other steps as Ctrl-C would: Playwright stops its test servers on SIGINT, while on
 * SIGTERM it leaves them holding their ports, and the next `npm test` fails with "port in use".
 * A step still running after a few seconds is killed.
 */
async function stopRunning(): Promise<void> {
  const closed = [...running].map((child) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('close', () => resolve()))));
  for (const child of running) signalGroup(child, 'SIGINT');
  await Promise.race([Promise.all(closed), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  for (const child of running) signalGroup(child, 'SIGKILL');
}

/** Signals a step and what it started (its own process group); one that has just ended is left alone. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stop(code: number): Promise<never> {
  await stopRunning();
  report();
  console.error(`\nnpm test stopped: a step failed (exit code ${code}).`);
  process.exit(code);
}

async function runLane(lane: Lane, hold: boolean): Promise<void> {
  for (const script of lane) {
    if (!hold) console.log(`\n> npm run ${script}`);
    const { code, output, seconds } = await run(script, hold);
    timings.push({ script, seconds });
    if (hold) process.stdout.write(`\n> npm run ${script} (${seconds.toFixed(0)} s, beside another step)\n${output}`);
    if (code !== 0) await stop(code);
  }
}

function report() {
  const total = (performance.now() - start) / 1000;
  console.log('\nnpm test, seconds per step:');
  for (const { script, seconds } of timings) console.log(`  ${script.padEnd(16)} ${seconds.toFixed(1).padStart(7)}`);
  console.log(`  ${'total (wall)'.padEnd(16)} ${total.toFixed(1).padStart(7)}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of running) signalGroup(child, signal);
    process.exit(130);
  });
}
for (const stage of STAGES) await Promise.all(stage.map((lane, index) => runLane(lane, index > 0)));
report();
