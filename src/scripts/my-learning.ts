import { readChosenFile, saveTextFile } from '../lib/file-transfer';
import { courseStatus, exportProgress, importProgress, knownDone, mergeProgress, type Progress } from '../lib/progress';
import { clearProgress, loadProgress, saveProgress } from './progress-store';
import { fill } from '../lib/text/fill';

/** "Học tập của tôi": progress per course, continue, move to another device, clear. */
class HvsMyLearning extends HTMLElement {
  connectedCallback() {
    this.render(loadProgress());
    this.querySelector('[data-export]')?.addEventListener('click', () => this.download());
    this.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', (event) => {
      void readChosenFile(event.target as HTMLInputElement).then((chosen) => {
        if (!chosen) return;
        if (chosen.ok) this.load(chosen.text);
        else this.say(this.dataset[chosen.reason] ?? '');
      });
    });
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      if (!window.confirm(this.dataset['confirm'] ?? '')) return;
      clearProgress();
      this.render(loadProgress());
      this.say(this.dataset['cleared'] ?? '');
    });
  }

  private say(message: string) {
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = message;
  }

  private load(text: string) {
    const result = importProgress(text);
    if (!result.ok) {
      this.say(this.dataset[result.reason] ?? '');
      return;
    }
    const merged = mergeProgress(loadProgress(), result.progress);
    if (!saveProgress(merged)) {
      this.render(loadProgress());
      this.say(this.dataset['notSaved'] ?? '');
      return;
    }
    this.render(merged);
    const lessons = [...this.querySelectorAll<HTMLElement>('[data-lesson]')].map((item) => item.dataset['lesson'] ?? '');
    const imported = fill(this.dataset['imported'] ?? '', { count: knownDone(merged, lessons) });
    this.say(result.dropped ? `${imported} ${fill(this.dataset['dropped'] ?? '', { count: result.dropped })}` : imported);
  }

  private download() {
    saveTextFile(exportProgress(loadProgress(), new Date()), 'tien-do-hoc-tap.json');
  }

  private render(progress: Progress) {
    const titles = new Map<string, HTMLAnchorElement>();
    let resume = progress.last;
    for (const section of this.querySelectorAll<HTMLElement>('[data-course]')) {
      const items = [...section.querySelectorAll<HTMLElement>('[data-lesson]')];
      const ids = items.map((item) => item.dataset['lesson'] ?? '');
      const status = courseStatus(progress, ids);
      for (const item of items) {
        const link = item.querySelector('a');
        if (link) titles.set(item.dataset['lesson'] ?? '', link);
        const badge = item.querySelector<HTMLElement>('[data-done-badge]');
        if (badge) badge.hidden = !((item.dataset['lesson'] ?? '') in progress.done);
      }
      // The last lesson opened, or when it is finished, the next one in its course.
      if (resume && ids.includes(resume) && resume in progress.done) resume = status.next;
      const line = section.querySelector<HTMLElement>('[data-status]');
      if (line) {
        line.hidden = false;
        line.textContent = fill(this.dataset['summary'] ?? '', { done: status.done, total: status.total });
      }
      section.querySelector<HTMLElement>('[data-done]')?.toggleAttribute('hidden', !status.complete);
      section.querySelector<HTMLElement>('[data-certificate]')?.toggleAttribute('hidden', !status.complete);
    }
    const last = this.querySelector<HTMLElement>('[data-last]');
    const lastLink = resume ? titles.get(resume) : undefined;
    if (last) {
      last.hidden = !lastLink;
      // The link is made here: the page holds no empty placeholder link.
      const slot = last.querySelector('[data-last-link]');
      if (slot && lastLink) {
        const link = document.createElement('a');
        link.className = 'inline-flex min-h-target items-center';
        link.href = lastLink.href;
        link.textContent = lastLink.textContent;
        slot.replaceChildren(link);
      }
    }
    const nothing = this.querySelector<HTMLElement>('[data-nothing]');
    if (nothing) nothing.hidden = Object.keys(progress.done).length > 0 || Boolean(lastLink);
  }
}

customElements.define('hvs-my-learning', HvsMyLearning);
