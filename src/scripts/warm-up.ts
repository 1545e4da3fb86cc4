/**
 * Runs `load` (a dynamic import) once the service worker controls the page,
 * so that the lazily loaded chunk passes through it and is stored for use
 * offline; on the first visit the worker takes over a moment after load.
 * The modules the page's script imported before then are fetched again
 * through the worker too: the page's HTML names only the entry script, and
 * offline the entry fails without them.
 */
export function warmUp(load: () => Promise<unknown>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const run = () => {
    const scripts = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(location.origin) && /\/_astro\/[^/]+\.js$/.test(name));
    for (const script of scripts) void fetch(script).catch(() => {});
    void load().catch(() => {});
  };
  if (navigator.serviceWorker.controller) run();
  else navigator.serviceWorker.addEventListener('controllerchange', run, { once: true });
}
