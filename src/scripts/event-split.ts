/*
 * A static site is not rebuilt every day: these elements re-apply the build's
 * upcoming/past rule (lib/campaign/split.ts) with the visitor's clock.
 */
const ended = (item: HTMLElement, now: number) => Date.parse(item.dataset['end'] ?? '') <= now;

/** Moves events that have ended from the upcoming list to the top of the past list (or drops them). */
class HvsEventSplit extends HTMLElement {
  connectedCallback() {
    const upcoming = this.querySelector<HTMLElement>('[data-list="upcoming"]');
    const past = this.querySelector<HTMLElement>('[data-list="past"]');
    if (!upcoming) return;
    const now = Date.now();
    const gone = [...upcoming.children].filter((item): item is HTMLElement => item instanceof HTMLElement && ended(item, now));
    // Soonest first, each to the top: the latest ends up first, as in the built past list.
    for (const item of gone) {
      item.querySelector('[data-calendar-link]')?.remove();
      if (past) past.prepend(item);
      else item.remove();
    }
    for (const [name, list] of [['upcoming', upcoming], ['past', past]] as const) {
      const empty = this.querySelector<HTMLElement>(`[data-empty="${name}"]`);
      if (empty && list) empty.hidden = list.children.length > 0;
    }
  }
}

/** Shows "this has taken place" on an event's page once it has ended. */
class HvsEventStatus extends HTMLElement {
  connectedCallback() {
    const notice = this.querySelector<HTMLElement>('[data-past-notice]');
    if (notice && ended(this, Date.now())) {
      notice.hidden = false;
      this.querySelector('[data-calendar-link]')?.remove();
    }
  }
}

customElements.define('hvs-event-split', HvsEventSplit);
customElements.define('hvs-event-status', HvsEventStatus);
