import { formatDate } from '../lib/date';
import { courseStatus } from '../lib/progress';
import { loadProgress, saveProgress } from './progress-store';
import { fill } from '../lib/text/fill';

/** A printable certificate for a finished course, with a name typed here and kept here. */
class HvsCertificate extends HTMLElement {
  connectedCallback() {
    const id = new URLSearchParams(location.search).get('khoa') ?? '';
    const course = [...this.querySelectorAll<HTMLElement>('[data-course]')].find((item) => item.dataset['course'] === id);
    const status = this.querySelector('[role="status"]');
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    if (!status || !form) return;
    if (!course) {
      status.textContent = this.dataset['unknown'] ?? '';
      return;
    }
    const progress = loadProgress();
    const lessons = JSON.parse(course.dataset['lessons'] ?? '[]') as string[];
    const result = courseStatus(progress, lessons);
    if (!result.complete) {
      status.textContent = fill(this.dataset['notYet'] ?? '', { count: result.total - result.done });
      return;
    }
    form.hidden = false;
    const input = form.querySelector('input');
    if (input && progress.name) input.value = progress.name;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const name = input?.value.trim() ?? '';
      if (!name) return;
      saveProgress({ ...loadProgress(), name });
      this.show(name, course.dataset['title'] ?? '', result.total, result.finishedOn);
    });
    if (progress.name) this.show(progress.name, course.dataset['title'] ?? '', result.total, result.finishedOn);
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  }

  private show(name: string, title: string, count: number, finishedOn: string | undefined) {
    const set = (selector: string, text: string) => {
      const element = this.querySelector(selector);
      if (element) element.textContent = text;
    };
    set('[data-name]', name);
    set('[data-completed]', fill(this.dataset['completed'] ?? '', { count }));
    set('[data-course-title]', title);
    // Stored dates are checked when read (lib/progress.ts); should one still not be a day, today's date stands in.
    const today = formatDate(new Date());
    set('[data-date]', fill(this.dataset['on'] ?? '', { date: finishedOn ? formatDate(new Date(`${finishedOn}T12:00:00+07:00`), today) : today }));
    this.querySelector<HTMLElement>('[data-certificate]')?.removeAttribute('hidden');
    this.querySelector<HTMLElement>('[data-print]')?.removeAttribute('hidden');
  }
}

customElements.define('hvs-certificate', HvsCertificate);
