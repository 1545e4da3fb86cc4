/*
 * A plain static file server for the end-to-end tests: it serves a built site
 * under its base path the way any web host would, with 404.html for misses,
 * so the tests see what a real deployment serves.
 *   node scripts/serve.ts <dir> <port> [base]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
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

function resolve(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  const file = join(dir, relative);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  if (pathname.endsWith('/') && existsSync(index)) return index;
  return undefined;
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = resolve(pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(dir, '404.html');
  response.writeHead(status, { 'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream' });
  createReadStream(body).pipe(response);
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://localhost:${port}${base}`);
});
