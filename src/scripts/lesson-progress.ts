import { markDone, markNotDone } from '../lib/progress';
import { loadProgress, saveProgress } from './progress-store';

/** "Đánh dấu đã học xong" on a lesson; also remembers the lesson to continue from. */
class HvsLessonProgress extends HTMLElement {
  connectedCallback() {
    const id = this.dataset['lesson'];
    const button = this.querySelector('button');
    if (!id || !button) return;
    saveProgress({ ...loadProgress(), last: id });
    this.render(id in loadProgress().done);
    button.addEventListener('click', () => {
      const progress = loadProgress();
      const done = !(id in progress.done);
      const saved = saveProgress(done ? markDone(progress, id, new Date()) : markNotDone(progress, id));
      this.render(done && saved);
      const status = this.querySelector('[role="status"]');
      if (status) status.textContent = saved ? this.state(done) : '';
    });
  }

  private state(done: boolean) {
    return (done ? this.dataset['done'] : this.dataset['notDone']) ?? '';
  }

  private render(done: boolean) {
    const state = this.querySelector('[data-state]');
    const button = this.querySelector('button');
    if (state) state.textContent = this.state(done);
    if (button) button.textContent = (done ? this.dataset['unmark'] : this.dataset['mark']) ?? '';
    this.toggleAttribute('data-complete', done);
  }
}

customElements.define('hvs-lesson-progress', HvsLessonProgress);
