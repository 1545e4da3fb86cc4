/*
 * Loading an element's script on first use, so that a page loads only what
 * most visitors need. The offline worker stores these chunks with the page
 * (lib/offline.ts moduleImports), so the element works offline too.
 */

type Load = () => Promise<unknown>;

/** Loads when the <details> holding `element` is first opened. */
export function whenOpened(element: Element | null, load: Load): void {
  const panel = element?.closest('details');
  if (!panel || !element) return;
  const start = holdUntil(element, load);
  // The panel is built closed, so its first toggle is its first opening.
  panel.addEventListener('toggle', start, { once: true });
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
}

/**
 * Until `load` has brought the element's script, every click, key press and
 * change inside `element` is held, then dispatched again in order to its own
 * target, so a choice made on a slow phone while the script was still coming
 * is not lost. A click on a form control (input, label) is not sent again: its
 * effect (a radio chosen, a box ticked) has happened and its change event carries it.
 * Returns what starts the loading; a held event starts it too.
 */
function holdUntil(element: Element, load: Load): () => void {
  const kinds = ['click', 'keydown', 'change'] as const;
  const held: [EventTarget | null, Event][] = [];
  let loading: unknown;
  const start = () => {
    loading ??= load().then(
      () => true,
      () => false,
    ).then((loaded) => {
      for (const kind of kinds) element.removeEventListener(kind, hold);
      if (loaded) for (const [target, again] of held) target?.dispatchEvent(again);
    });
  };
  const hold = (event: Event) => {
    if (event.type !== 'click' || !(event.target as Element).closest('input,label')) held.push([event.target, new (event.constructor as typeof Event)(event.type, event)]);
    start();
  };
  for (const kind of kinds) element.addEventListener(kind, hold);
  return start;
}

/** Loads on the first click or key press inside `element`, which the element then handles too. */
export function whenUsed(element: HTMLElement | null, load: Load): void {
  if (!element) return;
  holdUntil(element, load);
}
