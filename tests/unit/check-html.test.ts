import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../tools/check-html';

const page = (body: string, after = '') => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thử</title></head><body>${body}</body></html>${after}`;

describe('npm run check:html (the Nu HTML Checker)', () => {
  it('finds duplicate ids and a script after </html>, and passes a valid page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hvs-vnu-'));
    mkdirSync(join(dir, 'so-tay'));
    writeFileSync(join(dir, 'index.html'), page('<main><h1>Được</h1></main>'));
    writeFileSync(join(dir, 'so-tay', 'index.html'), page('<h2 id="a">Một</h2><h2 id="a">Hai</h2>'));
    writeFileSync(join(dir, 'sau.html'), page('<p>Sau</p>', '<script type="module" src="/x.js"></script>'));
    const { files, errors } = checkHtml(dir);
    expect(files).toBe(3);
    expect(errors.some((error) => error.file === join('so-tay', 'index.html') && /Duplicate ID/.test(error.message))).toBe(true);
    expect(errors.some((error) => error.file === 'sau.html' && /Stray start tag/.test(error.message))).toBe(true);
    expect(errors.filter((error) => error.file === 'index.html')).toEqual([]);
  }, 60_000);
});
