/*
 * A plain static file server for the end-to-end tests: it serves a built site
 * under its base path the way any web host would, with 404.html for misses,
 * so the tests see what a real deployment serves. Like Netlify or Cloudflare
 * Pages, it sends the headers the build wrote to <dir>/_headers. Like nginx,
 * it answers `Range: bytes=…` with 206 (or 416), as media players ask.
 *   node tests/support/serve.ts <dir> <port> [base]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp4': 'video/mp4',
  '.woff2': 'font/woff2',
};

/** `_headers` rules: a path pattern ("/base/*" or an exact path) and its headers. */
const rules = existsSync(join(dir, '_headers'))
  ? readFileSync(join(dir, '_headers'), 'utf8')
      .split(/\n(?=\S)/)
      .map((block) => {
        const [pattern = '', ...lines] = block.split('\n').filter((line) => line.trim());
        return { pattern: pattern.trim(), headers: lines.map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]) };
      })
  : [];
// Every matching rule applies, and a header two rules name is sent once with
// both values joined by a comma, as Netlify and Cloudflare Pages do.
const headersFor = (pathname: string) => {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter(({ pattern }) => (pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern))) {
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
};

function resolve(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  const file = join(dir, relative);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  if (pathname.endsWith('/') && existsSync(index)) return index;
  return undefined;
}

/** The one byte range a `Range` header asks of a file of `size` bytes; null if unsatisfiable, undefined if none or not understood. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | undefined {
  const asked = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!asked || (asked[1] === '' && asked[2] === '')) return undefined;
  const start = asked[1] === '' ? Math.max(0, size - Number(asked[2])) : Number(asked[1]);
  const end = asked[1] === '' || asked[2] === '' ? size - 1 : Math.min(Number(asked[2]), size - 1);
  return start >= size || start > end ? null : { start, end };
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = resolve(pathname);
  const body = file ?? join(dir, '404.html');
  if (!existsSync(body)) return void response.writeHead(404).end();
  const size = statSync(body).size;
  const range = file ? byteRange(request.headers.range, size) : undefined;
  const headers = { ...headersFor(pathname), 'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream', 'Accept-Ranges': 'bytes' };
  if (range === null) {
    response.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` }).end();
  } else if (range) {
    response.writeHead(206, { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${size}`, 'Content-Length': range.end - range.start + 1 });
    createReadStream(body, range).pipe(response);
  } else {
    response.writeHead(file ? 200 : 404, { ...headers, 'Content-Length': size });
    createReadStream(body).pipe(response);
  }
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://localhost:${port}${base}`);
});
