import { define, HvsElement } from '../../browser/element';
import { hasEnded } from '../../lib/campaign/split';

/** Shows "this has taken place" on an event's page once it has ended, by the visitor's clock. */
class HvsEventStatus extends HvsElement {
  init() {
    const notice = this.required('[data-past-notice]');
    if (!hasEnded(this.text('end'), new Date())) return;
    notice.hidden = false;
    this.querySelector('[data-calendar-link]')?.remove();
  }
}

define('hvs-event-status', HvsEventStatus);
