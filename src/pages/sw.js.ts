import type { APIRoute } from 'astro';
import { OFFLINE_CACHE, pageAssets } from '../lib/offline';
import { MANAGER_DIR } from '../lib/cms/where';
import { withBase } from '../lib/url';

/*
 * The service worker, written out at build time with the deployment's base and
 * a build stamp (so each build replaces the worker). Everything is network
 * first, so a new build's page replaces the stored one whenever there is a
 * connection; without one, the stored copy, or the offline page for a page
 * never stored. Only hashed files (_astro/) are served from the store first.
 * Search files are left to the network.
 */
const BUILD = new Date().toISOString();

export const GET: APIRoute = () => {
  const base = withBase('');
  const offline = withBase('ngoai-tuyen/');
  const source = `// Bình dân học vụ số, build ${BUILD}
const CACHE = ${JSON.stringify(OFFLINE_CACHE)};
const BASE = ${JSON.stringify(base)};
const OFFLINE = ${JSON.stringify(offline)};

async function store(request, response) {
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

// The network first; on a weak connection, the stored copy after a few seconds
// (the network's answer still refreshes the store when it comes).
function networkFirst(request) {
  const network = fetch(request).then((response) => store(request, response));
  const stored = () => caches.match(request, { ignoreSearch: true });
  const fallback = async () => (request.mode === 'navigate' && (await caches.match(OFFLINE))) || Response.error();
  return new Promise((resolve) => {
    network.then(resolve, async () => resolve((await stored()) || (await fallback())));
    setTimeout(async () => {
      const hit = await stored();
      if (hit) resolve(hit);
    }, 5000);
  });
}

// The same finder as "save this course" (lib/offline.ts).
const pageAssets = ${pageAssets.toString()};

async function assetsOf(path) {
  const url = new URL(path, location.href);
  const response = await fetch(url);
  await store(url, response.clone());
  const cache = await caches.open(CACHE);
  await cache.addAll(pageAssets(await response.text(), url.href));
}

self.addEventListener('install', (event) => {
  event.waitUntil(Promise.all([assetsOf(OFFLINE), assetsOf(BASE)]).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('hvs-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The content manager (megabytes of script, for editors) is never stored for offline reading.
const MANAGER = ${JSON.stringify(withBase(`${MANAGER_DIR}/`))};
async function forManager(event) {
  const client = event.clientId ? await self.clients.get(event.clientId) : undefined;
  return Boolean(client && new URL(client.url).pathname.startsWith(MANAGER));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
  if (url.pathname.startsWith(BASE + 'pagefind/') || url.pathname.startsWith(MANAGER)) return;
  // Files in _astro/ carry a hash in their name, so a stored copy is never stale.
  if (url.pathname.startsWith(BASE + '_astro/')) {
    event.respondWith(
      forManager(event).then(async (manager) =>
        manager ? fetch(request) : (await caches.match(request)) || fetch(request).then((response) => store(request, response)),
      ),
    );
    return;
  }
  event.respondWith(networkFirst(request));
});
`;
  return new Response(source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
