import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { sharePicture } from '../../src/lib/share-picture';

const cache = mkdtempSync(join(tmpdir(), 'hvs-share-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const drawing = (colour: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 63"><rect width="120" height="63" fill="${colour}"/></svg>`);

describe('the share picture of a news cover', () => {
  it('is a 1200×630 PNG, drawn once per drawing and read back for every other ward and build', async () => {
    const first = await sharePicture(drawing('#1b5e20'), cache);
    const meta = await sharp(first).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(readdirSync(cache)).toHaveLength(1);
    expect(Buffer.compare(await sharePicture(drawing('#1b5e20'), cache), first)).toBe(0);
    expect(readdirSync(cache)).toHaveLength(1);
    // Another drawing is another picture, never the cached one.
    const other = await sharePicture(drawing('#b71c1c'), cache);
    expect(Buffer.compare(other, first)).not.toBe(0);
    expect(readdirSync(cache)).toHaveLength(2);
  });
});
