import { define, HvsElement } from '../../browser/element';
import { clearProgress, loadProgress, saveProgress } from '../../browser/progress-store';
import { readChosenFile, saveTextFile } from '../../lib/file-transfer';
import { courseStatus, resumeLesson } from '../../lib/course-status';
import type { Progress } from '../../lib/progress';
import { exportProgress, importProgress, knownDone, mergeProgress } from '../../lib/progress-file';
import { fill } from '../../lib/text/fill';

/** "Học tập của tôi": progress per course, continue, move to another device, clear. */
class HvsMyLearning extends HvsElement {
  init() {
    this.#render(loadProgress());
    this.required('[data-export]').addEventListener('click', () => saveTextFile(exportProgress(loadProgress(), new Date()), 'tien-do-hoc-tap.json'));
    this.required<HTMLInputElement>('[data-import]').addEventListener('change', (event) => {
      void readChosenFile(event.target as HTMLInputElement).then((chosen) => {
        if (!chosen) return;
        if (chosen.ok) this.#load(chosen.text);
        else this.say(this.text(chosen.reason));
      });
    });
    this.required('[data-clear]').addEventListener('click', () => {
      if (!window.confirm(this.text('confirm'))) return;
      clearProgress();
      this.#render(loadProgress());
      this.say(this.text('cleared'));
    });
  }

  #load(text: string) {
    const result = importProgress(text);
    if (!result.ok) {
      this.say(this.text(result.reason));
      return;
    }
    const merged = mergeProgress(loadProgress(), result.progress);
    if (!saveProgress(merged)) {
      this.#render(loadProgress());
      this.say(this.text('notSaved'));
      return;
    }
    this.#render(merged);
    const lessons = [...this.querySelectorAll<HTMLElement>('[data-lesson]')].map((item) => item.dataset['lesson'] ?? '');
    const imported = fill(this.text('imported'), { count: knownDone(merged, lessons) });
    this.say(result.dropped ? `${imported} ${fill(this.text('dropped'), { count: result.dropped })}` : imported);
  }

  #render(progress: Progress) {
    const links = new Map<string, HTMLAnchorElement>();
    const courses: string[][] = [];
    for (const section of this.querySelectorAll<HTMLElement>('[data-course]')) {
      const items = [...section.querySelectorAll<HTMLElement>('[data-lesson]')];
      const ids = items.map((item) => item.dataset['lesson'] ?? '');
      courses.push(ids);
      const status = courseStatus(progress, ids);
      items.forEach((item, index) => {
        links.set(ids[index] ?? '', this.required<HTMLAnchorElement>('a', item));
        this.required('[data-done-badge]', item).hidden = !((ids[index] ?? '') in progress.done);
      });
      const line = this.required('[data-status]', section);
      line.hidden = false;
      line.textContent = fill(this.text('summary'), { done: status.done, total: status.total });
      this.required('[data-done]', section).hidden = !status.complete;
      this.required('[data-certificate]', section).hidden = !status.complete;
    }
    const resume = resumeLesson(progress, courses);
    const lastLink = resume ? links.get(resume) : undefined;
    const last = this.required('[data-last]');
    last.hidden = !lastLink;
    // The link is made here: the page holds no empty placeholder link.
    if (lastLink) {
      const link = document.createElement('a');
      link.className = 'inline-flex min-h-target items-center';
      link.href = lastLink.href;
      link.textContent = lastLink.textContent;
      this.required('[data-last-link]', last).replaceChildren(link);
    }
    this.required('[data-nothing]').hidden = Object.keys(progress.done).length > 0 || Boolean(lastLink);
  }
}

define('hvs-my-learning', HvsMyLearning);
