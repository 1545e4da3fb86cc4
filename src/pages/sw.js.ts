import type { APIRoute } from 'astro';
import { BUILT_FILES_PLACEHOLDER, filesCache, LEGACY_CACHES, MAX_PAGES, moduleImports, pageAssets, pagesCache, rangeResponse, storeFiles } from '../lib/offline';
import { href, routes } from '../lib/routes';

/*
 * The service worker, written out at build time with the deployment's base, a
 * build stamp and (by integrations/offline-files.ts, once the build is done)
 * the list of files this build published. Hand-written rather than Workbox:
 * what it needs beyond "network first" (pruning by the build's file list,
 * dropping withdrawn pages, storing the first page) is ours either way, and
 * this stays a few KB with no bundling step.
 *
 * - Pages: network first, so a new build's page replaces the stored one
 *   whenever there is a connection; without one, the stored copy, or the
 *   offline page. Stored under their address without a query string (a search
 *   is the same file), at most MAX_PAGES of them.
 * - A page stored as it is read gets every module its scripts import or load
 *   on first use (named in no HTML), so each part of it works offline even if
 *   never used online; a page stored unseen (the first page, the home page at
 *   install) gets its styles and pictures too.
 * - Hashed files (_astro/): from the store first, since a name never changes content.
 * - Byte ranges (video): a stored whole file is cut to the range; otherwise
 *   the network, untouched (a 206 cannot be stored).
 * - Only whole 200 answers are stored, and a failed store never breaks an answer.
 * - A 404 or 410 from the network removes the stored copy (a withdrawn lesson).
 * - Caches are named by the base, so wards sharing an origin keep apart.
 * - Activation moves over what an older worker stored under another name (its
 *   entries under this base only; another ward's stay), then
 *   deletes what this build no longer publishes and old files no stored page needs.
 * - Search files and the content manager are left to the network.
 */
const BUILD = new Date().toISOString();

export const GET: APIRoute = () => {
  const source = `// Bình dân học vụ số, build ${BUILD}
const PAGES = ${JSON.stringify(pagesCache(href(routes.home)))};
const FILES = ${JSON.stringify(filesCache(href(routes.home)))};
const LEGACY = ${JSON.stringify(LEGACY_CACHES)};
const MAX_PAGES = ${MAX_PAGES};
const BASE = ${JSON.stringify(href(routes.home))};
const OFFLINE = ${JSON.stringify(href(routes.offline))};
const MANAGER = ${JSON.stringify(href(routes.manager))};
const SEARCH_FILES = ${JSON.stringify(href(routes.searchFiles))};
const BUILT_FILES = ${JSON.stringify(href(routes.builtFiles))};
const WORKER = ${JSON.stringify(href(routes.serviceWorker))};
// Paths (relative to BASE) of every file this build published.
const BUILT = new Set(${BUILT_FILES_PLACEHOLDER});

// The same finders as "save this course" (lib/offline.ts).
const pageAssets = ${pageAssets.toString()};
const moduleImports = ${moduleImports.toString()};
const storeFiles = ${storeFiles.toString()};
const rangeResponse = ${rangeResponse.toString()};

const bare = (href) => {
  const url = new URL(href, location.href);
  url.search = '';
  url.hash = '';
  return url.href;
};

async function forget(key) {
  await Promise.all([PAGES, FILES].map(async (name) => (await caches.open(name)).delete(key)));
}

// Keeps only whole answers; a refused store (full, or a kind put rejects) still lets the answer through.
async function keep(name, key, response) {
  if (response.status === 404 || response.status === 410) return forget(key);
  if (response.status !== 200 || response.type !== 'basic') return;
  const copy = response.clone();
  try {
    const cache = await caches.open(name);
    await cache.put(key, copy);
    if (name === PAGES) {
      const keys = (await cache.keys()).filter((request) => request.url !== new URL(OFFLINE, location.href).href);
      await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map((request) => cache.delete(request)));
    }
  } catch {}
}

// One download per file: the page asking for a script and keepFiles storing it share the answer.
const downloads = new Map();
function download(url) {
  let entry = downloads.get(url);
  if (!entry) {
    const answer = fetch(url);
    // keep() copies the answer before anyone reads it; each user reads a copy of its own.
    const stored = answer.then((response) => keep(FILES, url, response), () => {}).finally(() => downloads.delete(url));
    entry = { answer, stored };
    downloads.set(url, entry);
  }
  return entry;
}

// Files of a stored page, with the modules their scripts load (what fails to come is left to the next visit).
async function keepFiles(urls) {
  const store = async (url) => {
    const { answer, stored } = download(url);
    const response = (await answer).clone();
    await stored;
    return response;
  };
  await storeFiles(await caches.open(FILES), urls, store).catch(() => {});
}

// A page and the files it shows with, fetched now (the first page a visitor opens came before the worker).
async function keepPage(href) {
  const key = bare(href);
  const url = new URL(key);
  if (url.origin !== location.origin || !url.pathname.startsWith(BASE) || url.pathname.startsWith(MANAGER)) return;
  const response = await fetch(key);
  const html = response.ok ? await response.clone().text() : '';
  await keep(PAGES, key, response);
  if (html) await keepFiles(pageAssets(html, key));
}

// The network first; on a weak connection, the stored copy after a few seconds
// (the network's answer still refreshes the store when it comes).
function networkFirst(event, name, key) {
  const network = fetch(event.request);
  event.waitUntil(network.then(async (answer) => {
    const response = answer.clone(); // now, before the page starts reading the answer
    const html = name === PAGES && response.status === 200 ? await response.clone().text() : '';
    await keep(name, key, response);
    // The page fetches its own pictures as the reader scrolls; only what its scripts load unseen is added,
    // so a weak, paid-by-the-megabyte connection carries no picture the reader never reached.
    if (html) await keepFiles(pageAssets(html, key).filter((url) => url.endsWith('.js')));
  }, () => {}));
  const stored = () => caches.match(key);
  const fallback = async () => (event.request.mode === 'navigate' && (await caches.match(OFFLINE))) || Response.error();
  return new Promise((resolve) => {
    network.then(async (response) => resolve(response.status === 404 || response.status === 410 || response.ok ? response : (await stored()) || response),
      async () => resolve((await stored()) || (await fallback())));
    setTimeout(async () => {
      const hit = await stored();
      if (hit) resolve(hit);
    }, 5000);
  });
}

self.addEventListener('install', (event) => {
  event.waitUntil(Promise.all([keepPage(OFFLINE), keepPage(BASE)]).finally(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // What an earlier worker kept under the old names (hvs-offline-v1, hvs-pages, hvs-files) moves over, so saved
    // lessons survive the update; only this base's entries move, and a cache is dropped once nothing is left in it.
    for (const name of (await caches.keys()).filter((key) => LEGACY.includes(key))) {
      const old = await caches.open(name);
      for (const request of await old.keys()) {
        if (!new URL(request.url).pathname.startsWith(BASE)) continue;
        const response = await old.match(request);
        const page = (response.headers.get('Content-Type') || '').startsWith('text/html');
        await (await caches.open(page ? PAGES : FILES)).put(page ? bare(request.url) : request.url, response).catch(() => {});
        await old.delete(request);
      }
      if (!(await old.keys()).length) await caches.delete(name);
    }
    if (BUILT.size) {
      const relative = (request) => new URL(request.url).pathname.slice(BASE.length);
      const pages = await caches.open(PAGES);
      const files = await caches.open(FILES);
      const shown = new Set();
      for (const request of await pages.keys()) {
        if (!BUILT.has(relative(request))) await pages.delete(request);
        else for (const asset of pageAssets(await (await pages.match(request)).text(), request.url, true)) shown.add(asset);
      }
      // With the modules their scripts import; nothing is fetched here, each script is read once.
      const needed = await storeFiles(files, shown, async () => Response.error());
      // Files of an older build stay only while a stored page still shows with them (or a script of one imports them).
      for (const request of await files.keys()) {
        if (!BUILT.has(relative(request)) && !needed.has(request.url)) await files.delete(request);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (typeof event.data?.keep === 'string') event.waitUntil(keepPage(event.data.keep));
});

// The content manager (megabytes of script, for editors) is never stored for offline reading.
async function forManager(event) {
  const client = event.clientId ? await self.clients.get(event.clientId) : undefined;
  return Boolean(client && new URL(client.url).pathname.startsWith(MANAGER));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
  if (url.pathname.startsWith(SEARCH_FILES) || url.pathname.startsWith(MANAGER) || url.pathname === WORKER) return;
  if (request.headers.has('range') || request.destination === 'video' || request.destination === 'audio') {
    event.respondWith(caches.match(bare(request.url), { cacheName: FILES }).then((hit) => (hit ? rangeResponse(hit, request.headers.get('range')) : fetch(request))));
    return;
  }
  // Files in _astro/ carry a hash in their name, so a stored copy is never stale.
  if (url.pathname.startsWith(BUILT_FILES)) {
    event.respondWith(
      forManager(event).then(async (manager) => {
        if (manager) return fetch(request);
        const hit = await caches.match(request, { cacheName: FILES });
        if (hit) return hit;
        const { answer, stored } = download(request.url);
        event.waitUntil(stored);
        return (await answer).clone();
      }),
    );
    return;
  }
  if (request.mode === 'navigate') event.respondWith(networkFirst(event, PAGES, bare(request.url)));
  else if (!url.search) event.respondWith(networkFirst(event, FILES, request.url));
});
`;
  return new Response(source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
