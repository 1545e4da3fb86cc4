/*
 * Keeps visited pages for reading without a connection (the worker is built
 * from src/pages/sw.js.ts). Not in development, where files change as you type.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // Without a worker the site simply works online.
  });
}
