import { define, HvsElement } from '../../browser/element';
import { loadProgress, saveProgress } from '../../browser/progress-store';
import { markDone, markNotDone } from '../../lib/progress';

/** "Đánh dấu đã học xong" on a lesson; also remembers the lesson to continue from. */
class HvsLessonProgress extends HvsElement {
  init() {
    const id = this.text('lesson');
    const button = this.required<HTMLButtonElement>('button');
    saveProgress({ ...loadProgress(), last: id });
    this.#render(id in loadProgress().done);
    button.addEventListener('click', () => {
      const progress = loadProgress();
      const done = !(id in progress.done);
      const saved = saveProgress(done ? markDone(progress, id, new Date()) : markNotDone(progress, id));
      this.#render(done && saved);
      this.say(saved ? this.#state(done) : '');
    });
  }

  #state(done: boolean) {
    return this.text(done ? 'done' : 'notDone');
  }

  #render(done: boolean) {
    this.required('[data-state]').textContent = this.#state(done);
    this.required('button').textContent = this.text(done ? 'unmark' : 'mark');
    this.toggleAttribute('data-complete', done);
  }
}

define('hvs-lesson-progress', HvsLessonProgress);
