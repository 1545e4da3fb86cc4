/*
 * Keeps visited pages for reading without a connection (the worker is built
 * from src/pages/sw.js.ts). Not in development, where files change as you type.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  // This page came before the worker took over, so the worker never saw it: ask it to store it now.
  const unseen = !navigator.serviceWorker.controller;
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then(async () => {
      if (unseen) (await navigator.serviceWorker.ready).active?.postMessage({ keep: location.href });
    })
    .catch(() => {
      // Without a worker the site simply works online.
    });
}
