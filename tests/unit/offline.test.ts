import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/integrations/offline-files';
import { pageAssets, rangeResponse } from '../../src/lib/offline';

const LESSON = 'https://phuong.vn/hoc/khoa-hoc/a/b/';
const HTML = `<link rel="stylesheet" href="/hoc/_astro/x.css"><script type="module" src="/hoc/_astro/y.js"></script>
<img src="../../../_astro/h.webp" alt="Hình"><img src="https://nơi-khác.vn/z.png" alt="">
<video controls preload="none" src="/hoc/_astro/v.mp4"><track kind="captions" src="/hoc/_astro/v.vtt" default></video>`;

describe('the files a page needs offline', () => {
  it('finds styles, scripts and same-origin pictures, and leaves videos to a press of play', () => {
    expect(pageAssets(HTML, LESSON)).toEqual(['https://phuong.vn/hoc/_astro/x.css', 'https://phuong.vn/hoc/_astro/y.js', 'https://phuong.vn/hoc/_astro/h.webp']);
  });

  it('adds videos and captions when a whole course is saved', () => {
    expect(pageAssets(HTML, LESSON, true)).toEqual([
      'https://phuong.vn/hoc/_astro/x.css',
      'https://phuong.vn/hoc/_astro/y.js',
      'https://phuong.vn/hoc/_astro/h.webp',
      'https://phuong.vn/hoc/_astro/v.mp4',
      'https://phuong.vn/hoc/_astro/v.vtt',
    ]);
  });
});

describe('a byte range cut from a stored whole file', () => {
  const stored = () => new Response('0123456789', { headers: { 'Content-Type': 'video/mp4' } });
  it.each([
    ['bytes=0-', 206, '0123456789', 'bytes 0-9/10'],
    ['bytes=2-4', 206, '234', 'bytes 2-4/10'],
    ['bytes=7-99', 206, '789', 'bytes 7-9/10'],
    ['bytes=-3', 206, '789', 'bytes 7-9/10'],
    ['bytes=10-', 416, '', 'bytes */10'],
    ['bytes=5-2', 416, '', 'bytes */10'],
  ])('%s answers %i', async (range, status, body, contentRange) => {
    const response = await rangeResponse(stored(), range);
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(body);
    expect(response.headers.get('Content-Range')).toBe(contentRange);
    if (status === 206) expect(response.headers.get('Content-Type')).toBe('video/mp4');
  });

  it.each([null, '', 'items=0-1', 'bytes=0-1,4-5'])('%s gets the whole file', async (range) => {
    const response = await rangeResponse(stored(), range);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('0123456789');
  });
});

describe('the build\'s file list written into sw.js', () => {
  it('names pages by their folder, and leaves out search files, the manager and server files', () => {
    const out = mkdtempSync(join(tmpdir(), 'hvs-built-'));
    try {
      for (const file of ['index.html', '404.html', 'sw.js', '_headers', 'nginx-security-headers.conf', '_astro/a.css', 'khoa-hoc/a/b/index.html', 'pagefind/pagefind.js', 'quan-tri/index.html']) {
        mkdirSync(join(out, file, '..'), { recursive: true });
        writeFileSync(join(out, file), '');
      }
      expect(builtFiles(out)).toEqual(['', '404.html', '_astro/a.css', 'khoa-hoc/a/b/']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
