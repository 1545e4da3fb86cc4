/*
 * Prints the README's table of broken input: each kind from
 * tests/support/bad-input.ts, applied to a copy of the base fixture, with the
 * first message the content check (and so the build) gives the editor.
 *   npm run content:cases
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../src/lib/content/validate.ts';
import { BAD_INPUTS, editor, prepareBase, tableRow } from '../tests/support/bad-input.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hvs-bad-input-table-'));
console.log('| Biên tập viên đã làm | Lệnh dựng trang (và `npm run check:content`) báo |');
console.log('| --- | --- |');
try {
  for (const [index, input] of BAD_INPUTS.entries()) {
    const dir = join(scratch, String(index));
    prepareBase(dir);
    await input.apply(editor(dir));
    const { problems } = await checkContent(dir);
    console.log(tableRow(input, problems, dir));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
