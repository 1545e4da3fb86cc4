import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content/validate.ts';
import { BAD_INPUTS, editor, prepareBase, tableRow } from '../support/bad-input.ts';

/*
 * Every kind of broken input in tests/support/bad-input.ts, through the content
 * check that `astro build` runs before anything else (tests/unit/build-errors.test.ts
 * shows the build stopping on it) and that `npm run check:content` prints.
 */
const scratch = mkdtempSync(join(tmpdir(), 'hvs-bad-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
async function errorsAfter(apply?: (dir: string) => void | Promise<void>) {
  const dir = join(scratch, String((counter += 1)));
  prepareBase(dir);
  await apply?.(dir);
  const { problems } = await checkContent(dir);
  return Object.assign(problems.filter((problem) => problem.level === 'error'), { dir });
}
const readme = readFileSync('README.md', 'utf8');

describe('the content check', () => {
  it('passes the base fixture and the real content', async () => {
    expect(formatProblems(await errorsAfter())).toBe('');
    const { problems } = await checkContent('content');
    expect(formatProblems(problems.filter((problem) => problem.level === 'error'))).toBe('');
  });

  it('knows at least 60 kinds of broken input, each with its own id', () => {
    expect(BAD_INPUTS.filter((input) => input.file).length).toBeGreaterThanOrEqual(60);
    expect(new Set(BAD_INPUTS.map((input) => input.id)).size).toBe(BAD_INPUTS.length);
  });

  it.each(BAD_INPUTS.map((input) => [input.id, input] as const))('%s: names the file, the field or line, and the fix, in Vietnamese', async (_id, input) => {
    const errors = await errorsAfter((dir) => input.apply(editor(dir)));
    // README's table shows exactly what the editor sees (`npm run content:cases` writes it).
    expect(readme, 'README.md is out of date: run npm run content:cases and paste its table').toContain(tableRow(input, errors, errors.dir));
    if (!input.file) {
      expect(formatProblems(errors)).toBe('');
      return;
    }
    const mine = errors.filter((problem) => problem.file.endsWith(input.file) || problem.file.includes(`/${input.file}`));
    const text = formatProblems(mine);
    expect(mine.length, formatProblems(errors)).toBeGreaterThan(0);
    for (const fragment of input.says) expect(text).toContain(fragment);
    // No English from a parser or a schema library reaches the editor.
    expect(text).not.toMatch(/\b(Expected|Unexpected|Invalid|Unrecognized|Required|undefined)\b/);
  });

});
