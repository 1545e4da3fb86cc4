import { define, HvsElement } from '../../browser/element';
import { hasEnded } from '../../lib/campaign/split';

/*
 * A static site is not rebuilt every day: this element re-applies the build's
 * upcoming/past rule (lib/campaign/split.ts) with the visitor's clock.
 */

/** Moves events that have ended from the upcoming list to the top of the past list (or drops them). */
class HvsEventSplit extends HvsElement {
  init() {
    const upcoming = this.required('[data-list="upcoming"]');
    const past = this.querySelector<HTMLElement>('[data-list="past"]');
    const now = new Date();
    const gone = [...upcoming.children].filter((item): item is HTMLElement => item instanceof HTMLElement && hasEnded(item.dataset['end'] ?? '', now));
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

define('hvs-event-split', HvsEventSplit);
