/*
 * Loading an element's script on first use, so that a page loads only what
 * most visitors need. Each loader also runs once when the offline worker first
 * takes over (keepForOffline), so the chunk is in the worker's store and the
 * element still works on a page read without a connection.
 */

type Load = () => Promise<unknown>;

/** Runs `load` when the worker starts controlling this page (first visit, new build), so its chunk is stored. */
export function keepForOffline(load: Load): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => void load().catch(() => {}), { once: true });
}

/** Loads when the <details> holding `element` is first opened. */
export function whenOpened(element: Element | null, load: Load): void {
  const panel = element?.closest('details');
  if (!panel) return;
  // The panel is built closed, so its first toggle is its first opening.
  panel.addEventListener('toggle', () => void load(), { once: true });
  keepForOffline(load);
}

/** Loads when `element` comes within a screen's height of the viewport. */
export function whenNear(element: Element | null, load: Load): void {
  if (!element) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void load();
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
  keepForOffline(load);
}

/**
 * Loads on the first click or key press inside `element`; once loaded, the
 * element handles that event too (dispatched again, to the same target).
 */
export function whenUsed(element: HTMLElement | null, load: Load): void {
  if (!element) return;
  const kinds = ['click', 'keydown'] as const;
  const first = (event: Event) => {
    for (const kind of kinds) element.removeEventListener(kind, first);
    const again = new (event.constructor as typeof Event)(event.type, event);
    void load().then(() => event.target?.dispatchEvent(again));
  };
  for (const kind of kinds) element.addEventListener(kind, first);
  keepForOffline(load);
}
