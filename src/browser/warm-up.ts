/**
 * Runs `load` (a dynamic import) once the service worker controls the page,
 * so that the lazily loaded chunk passes through it and is stored for use
 * offline; on the first visit the worker takes over a moment after load.
 * (The modules the page's script already imported are fetched again by
 * register-sw.ts, on every page.)
 */
export function warmUp(load: () => Promise<unknown>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const run = () => void load().catch(() => {});
  if (navigator.serviceWorker.controller) run();
  else navigator.serviceWorker.addEventListener('controllerchange', run, { once: true });
}
