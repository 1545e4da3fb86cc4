/*
 * Keeps visited pages for reading without a connection (the worker is built
 * from src/pages/sw.js.ts). Not in development, where files change as you type.
 */
export function registerWorker(): void {
  // Its address comes from the page (BaseLayout, from lib/routes.ts).
  const { serviceWorker: worker } = document.documentElement.dataset;
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !worker) return;
  // The worker sits at the base (routes.serviceWorker), so its folder is the scope.
  const scope = new URL('./', new URL(worker, location.href)).pathname;
  // This page came before the worker took over, so the worker never saw it: ask it to store it now.
  const unseen = !navigator.serviceWorker.controller;
  navigator.serviceWorker
    .register(worker, { scope })
    .then(async () => {
      // The worker stores the page with its files and the modules its scripts load.
      if (unseen) (await navigator.serviceWorker.ready).active?.postMessage({ keep: location.href });
    })
    .catch(() => {
      // Without a worker the site simply works online.
    });
}
