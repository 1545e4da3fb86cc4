import { courseStatus } from '../lib/progress';
import { fill } from '../lib/text/fill';
import { loadProgress } from './progress-store';

/** Marks finished lessons in a course's list and sums them up. */
class HvsCourseProgress extends HTMLElement {
  connectedCallback() {
    const ids = JSON.parse(this.dataset['lessons'] ?? '[]') as string[];
    const progress = loadProgress();
    const status = courseStatus(progress, ids);
    for (const item of this.querySelectorAll<HTMLElement>('[data-lesson]')) {
      const badge = item.querySelector<HTMLElement>('[data-done-badge]');
      if (badge) badge.hidden = !((item.dataset['lesson'] ?? '') in progress.done);
    }
    const summary = this.querySelector('[role="status"]');
    if (summary && status.done > 0) {
      summary.textContent = fill(this.dataset['summary'] ?? '', { done: status.done, total: status.total });
    }
  }
}

customElements.define('hvs-course-progress', HvsCourseProgress);
