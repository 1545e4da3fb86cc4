/*
 * Keeps visited pages for reading without a connection (the worker is built
 * from src/pages/sw.js.ts). Not in development, where files change as you type.
 */
export function registerWorker(): void {
  // Its address and the built scripts' folder come from the page (BaseLayout, from lib/routes.ts).
  const { serviceWorker: worker, builtFiles = '' } = document.documentElement.dataset;
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !worker) return;
  // The worker sits at the base (routes.serviceWorker), so its folder is the scope.
  const scope = new URL('./', new URL(worker, location.href)).pathname;
  // This page came before the worker took over, so the worker never saw it: ask it to store it now.
  const unseen = !navigator.serviceWorker.controller;
  navigator.serviceWorker
    .register(worker, { scope })
    .then(async () => {
      if (!unseen) return;
      (await navigator.serviceWorker.ready).active?.postMessage({ keep: location.href });
      // The modules the page's scripts imported are named in no HTML: fetched again once
      // the worker controls the page, they pass through it and are stored, so this page's
      // scripts run offline too.
      const refetch = () => {
        for (const entry of performance.getEntriesByType('resource')) {
          if (entry.name.startsWith(location.origin + builtFiles) && entry.name.endsWith('.js')) void fetch(entry.name).catch(() => {});
        }
      };
      if (navigator.serviceWorker.controller) refetch();
      else navigator.serviceWorker.addEventListener('controllerchange', refetch, { once: true });
    })
    .catch(() => {
      // Without a worker the site simply works online.
    });
}
