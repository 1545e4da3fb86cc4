import { define, HvsElement } from '../../browser/element';
import { isStringList } from '../../browser/checks';
import { loadProgress } from '../../browser/progress-store';
import { courseStatus } from '../../lib/course-status';
import { fill } from '../../lib/text/fill';

/** Marks finished lessons in a course's list and sums them up. */
class HvsCourseProgress extends HvsElement {
  init() {
    const progress = loadProgress();
    const status = courseStatus(progress, this.json('lessons', isStringList));
    for (const item of this.querySelectorAll<HTMLElement>('[data-lesson]')) {
      this.required('[data-done-badge]', item).hidden = !((item.dataset['lesson'] ?? '') in progress.done);
    }
    if (status.done > 0) this.say(fill(this.text('summary'), { done: status.done, total: status.total }));
  }
}

define('hvs-course-progress', HvsCourseProgress);
