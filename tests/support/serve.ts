/*
 * A plain static file server for the end-to-end tests: it serves a built site
 * under its base path the way any web host would, with 404.html for misses,
 * so the tests see what a real deployment serves. Like Netlify or Cloudflare
 * Pages, it sends the headers the build wrote to <dir>/_headers. Like nginx,
 * it answers `Range: bytes=…` with 206 (or 416), as media players ask.
 *   node tests/support/serve.ts <dir> <port> [base] [<dir> <base> …]
 * Several dir–base pairs serve several sites from one origin, as a city portal
 * hosts its wards under sibling paths (each site's misses get its own 404 page).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [firstDir = 'dist', port = '4321', firstBase = '/', ...more] = process.argv.slice(2);

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

interface Site {
  dir: string;
  base: string;
  headersFor: (pathname: string) => Record<string, string>;
}

/** `_headers` rules: a path pattern ("/base/*" or an exact path) and its headers. */
function headerRules(dir: string) {
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
  return (pathname: string) => {
    const headers: Record<string, string> = {};
    for (const rule of rules.filter(({ pattern }) => (pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern))) {
      for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
    }
    return headers;
  };
}

const pairs: [string, string][] = [[firstDir, firstBase]];
for (let index = 0; index + 1 < more.length; index += 2) pairs.push([more[index] ?? '', more[index + 1] ?? '/']);
// The longest base first, so /a/b/ wins over /a/.
const sites: Site[] = pairs.map(([dir, base]) => ({ dir, base, headersFor: headerRules(dir) })).sort((a, b) => b.base.length - a.base.length);
/** The site whose base the path is under, else the one with the shortest base (its 404 page answers). */
const siteOf = (pathname: string): Site | undefined => sites.find((site) => pathname.startsWith(site.base)) ?? sites.at(-1);

function resolve(site: Site, pathname: string): string | undefined {
  const { dir, base } = site;
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
  const site = siteOf(pathname);
  if (!site) return void response.writeHead(404).end();
  const file = resolve(site, pathname);
  const body = file ?? join(site.dir, '404.html');
  if (!existsSync(body)) return void response.writeHead(404).end();
  const size = statSync(body).size;
  const range = file ? byteRange(request.headers.range, size) : undefined;
  const headers = { ...site.headersFor(pathname), 'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream', 'Accept-Ranges': 'bytes' };
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
  for (const site of sites) console.log(`Serving ${site.dir} at http://localhost:${port}${site.base}`);
});
