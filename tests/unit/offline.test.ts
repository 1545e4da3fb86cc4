import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/integrations/offline-files';
import { moduleImports, pageAssets, rangeResponse, storeFiles } from '../../src/lib/offline';

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

describe('the modules a built script loads', () => {
  const SCRIPT = 'https://phuong.vn/hoc/_astro/QrCheck.abc.js';
  it('finds static imports, bare imports and chunks loaded on first use, as Vite writes them', () => {
    const source = 'import{h as e}from"./site.A1.js";import"./side.B2.js";import { x } from \'../_astro/long.C3.js\';var s=()=>n(()=>import(`./qr-reader.D4.js`),[]);const t=()=>import ( "./quiz.E5.js" )';
    expect(moduleImports(source, SCRIPT)).toEqual([
      'https://phuong.vn/hoc/_astro/site.A1.js',
      'https://phuong.vn/hoc/_astro/side.B2.js',
      'https://phuong.vn/hoc/_astro/long.C3.js',
      'https://phuong.vn/hoc/_astro/qr-reader.D4.js',
      'https://phuong.vn/hoc/_astro/quiz.E5.js',
    ]);
  });

  it('leaves out words that only look like imports, addresses elsewhere, and other kinds of file', () => {
    const source = 'const a="import ./x.js";transform(`./y.js`);import{a}from"/abs.js";import("https://cdn.vn/z.js");import c from"./d.css";';
    expect(moduleImports(source, SCRIPT)).toEqual([]);
  });
});

/** A Cache of our own: the unit tests run in Node, where there is no CacheStorage. */
function memoryCache(files: Record<string, string> = {}) {
  const stored = new Map(Object.entries(files));
  const cache = {
    match: async (url: string) => (stored.has(url) ? new Response(stored.get(url)) : undefined),
    put: async (url: string, response: Response) => void stored.set(url, await response.text()),
  };
  return { cache: cache as unknown as Cache, stored };
}

describe('storing a page\'s files with every module they load', () => {
  const at = (name: string) => `https://phuong.vn/_astro/${name}`;
  const server: Record<string, string> = {
    [at('page.js')]: 'import{a}from"./shared.js";const q=()=>import(`./quiz.js`);',
    [at('shared.js')]: 'export const a=1;',
    [at('quiz.js')]: 'import{a}from"./shared.js";import"./deep.js";',
    [at('deep.js')]: '',
    [at('style.css')]: 'body{}',
  };

  it('fetches what is missing, however deep, once each, and not what is stored', async () => {
    const { cache, stored } = memoryCache({ [at('shared.js')]: server[at('shared.js')] ?? '' });
    const fetched: string[] = [];
    const store = async (url: string) => {
      fetched.push(url);
      const response = url in server ? new Response(server[url]) : new Response('', { status: 404 });
      await cache.put(url, response.clone());
      return response;
    };
    const seen = await storeFiles(cache, [at('style.css'), at('page.js')], store);
    expect(fetched.sort()).toEqual([at('deep.js'), at('page.js'), at('quiz.js'), at('style.css')]);
    expect([...stored.keys()].sort()).toEqual([at('deep.js'), at('page.js'), at('quiz.js'), at('shared.js'), at('style.css')]);
    expect([...seen].sort()).toEqual([...stored.keys()].sort());
  });

  it('with nothing to fetch, names what the stored scripts need, missing ones included', async () => {
    const { cache } = memoryCache({ [at('page.js')]: server[at('page.js')] ?? '' });
    const seen = await storeFiles(cache, [at('page.js')], async () => Response.error());
    expect([...seen].sort()).toEqual([at('page.js'), at('quiz.js'), at('shared.js')]);
  });

  it('passes on a failed fetch to the caller', async () => {
    const { cache } = memoryCache();
    await expect(storeFiles(cache, [at('page.js')], async (url) => Promise.reject(new Error(`${url}: 500`)))).rejects.toThrow('page.js: 500');
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
