/*
 * What the service worker (pages/sw.js.ts) and the "save this course" button
 * share. The functions below are also copied into the worker as source text
 * (Function.prototype.toString), so each must stand alone: no imports, and no
 * helpers from outside its own body but the ones here the worker also gets
 * (storeFiles calls moduleImports).
 */

/*
 * Caches belong to an origin, not to a path: a city portal that hosts several
 * wards under sibling paths (/phuong/a/, /phuong/b/) gives each ward caches
 * named by its base, so one ward's worker never prunes or lists another's pages.
 */
/** Pages (HTML), keyed by their address without a query string. */
export const pagesCache = (base: string) => `hvs-pages ${base}`;
/** Every other file: styles, scripts, pictures, videos, captions. */
export const filesCache = (base: string) => `hvs-files ${base}`;
/** Names earlier workers stored under, for every base of the origin at once. */
export const LEGACY_CACHES = ['hvs-offline-v1', 'hvs-pages', 'hvs-files'];
/** Stands in sw.js for the build's file list until integrations/offline-files.ts writes it. */
export const BUILT_FILES_PLACEHOLDER = '[/* built files */]';
/** Visited pages kept at most; the oldest stored goes first (the offline page never). */
export const MAX_PAGES = 200;

/**
 * Same-origin files a page needs to show offline: its stylesheets, scripts and
 * pictures, found in its HTML (regular expressions suffice for our own markup);
 * with `media`, also its videos and captions (which the page itself loads only
 * when the learner presses play).
 */
export function pageAssets(html: string, pageUrl: string, media = false): string[] {
  const origin = new URL(pageUrl).origin;
  const tags = media ? 'script|img|video|audio|source|track' : 'script|img';
  const pattern = new RegExp(`<(?:link[^>]+rel="(?:stylesheet|icon|manifest)"[^>]*href|(?:${tags})\\b[^>]+src)="([^"]+)"`, 'g');
  const found = [...html.matchAll(pattern)].map((match) => match[1] ?? '');
  return [...new Set(found.map((href) => new URL(href.replace(/&amp;/g, '&'), pageUrl)).filter((url) => url.origin === origin).map((url) => url.href))];
}

/**
 * The modules a built script imports, as addresses: those it imports at once
 * (`from"./x.js"`, `import"./x.js"`) and those it loads on first use
 * (`import(\`./x.js\`)`). No page's HTML names them, yet the script fails
 * without them, so a page stored for reading offline needs them all.
 */
export function moduleImports(source: string, scriptUrl: string): string[] {
  const pattern = /(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`\s]+\.js)["'`]/g;
  return [...new Set([...source.matchAll(pattern)].map((match) => new URL(match[1] ?? '', scriptUrl).href))];
}

/**
 * Makes sure `cache` holds every file of `urls` and every module their scripts
 * import, however deep (moduleImports), fetching a level at a time in
 * parallel. `store(url)` fetches and stores a file the cache lacks and gives
 * back the answer (or throws). Gives back every address it went through.
 */
export async function storeFiles(cache: Cache, urls: Iterable<string>, store: (url: string) => Promise<Response>): Promise<Set<string>> {
  const seen = new Set(urls);
  let level = [...seen];
  while (level.length) {
    const found = await Promise.all(
      level.map(async (url) => {
        const response = (await cache.match(url)) ?? (await store(url));
        return response.ok && new URL(url).pathname.endsWith('.js') ? moduleImports(await response.text(), url) : [];
      }),
    );
    level = [...new Set(found.flat())].filter((url) => !seen.has(url));
    for (const url of level) seen.add(url);
  }
  return seen;
}

/**
 * The part of a stored whole file that a `Range: bytes=…` request asks for,
 * as a server would answer it (206, or 416 when it lies past the end): the
 * media player asks for ranges, and the store keeps only whole answers.
 */
export async function rangeResponse(stored: Response, range: string | null): Promise<Response> {
  const asked = /^bytes=(\d*)-(\d*)$/.exec(range?.trim() ?? '');
  if (!asked || (asked[1] === '' && asked[2] === '')) return stored;
  const body = await stored.blob();
  const size = body.size;
  const start = asked[1] === '' ? Math.max(0, size - Number(asked[2])) : Number(asked[1]);
  const end = asked[1] === '' || asked[2] === '' ? size - 1 : Math.min(Number(asked[2]), size - 1);
  if (start >= size || start > end) return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${size}` } });
  return new Response(body.slice(start, end + 1), {
    status: 206,
    headers: {
      'Content-Type': stored.headers.get('Content-Type') ?? 'application/octet-stream',
      'Content-Range': `bytes ${start}-${end}/${size}`,
      'Content-Length': String(end - start + 1),
      'Accept-Ranges': 'bytes',
    },
  });
}
