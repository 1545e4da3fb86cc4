import { define, HvsElement } from '../../browser/element';
import { isStringList } from '../../browser/checks';
import { dataReader } from '../../browser/element-data';
import { loadProgress, saveProgress } from '../../browser/progress-store';
import { formatDate } from '../../lib/date';
import { courseStatus } from '../../lib/course-status';
import { fill } from '../../lib/text/fill';

/** A printable certificate for a finished course, with a name typed here and kept here. */
class HvsCertificate extends HvsElement {
  init() {
    const id = new URLSearchParams(location.search).get('khoa') ?? '';
    const course = [...this.querySelectorAll<HTMLElement>('[data-course]')].find((item) => item.dataset['course'] === id);
    const form = this.required<HTMLFormElement>('[data-form]');
    if (!course) {
      this.say(this.text('unknown'));
      return;
    }
    const about = dataReader(this.localName, course.dataset);
    const progress = loadProgress();
    const result = courseStatus(progress, about.json('lessons', isStringList));
    if (!result.complete) {
      this.say(fill(this.text('notYet'), { count: result.total - result.done }));
      return;
    }
    form.hidden = false;
    const input = this.required<HTMLInputElement>('input', form);
    if (progress.name) input.value = progress.name;
    const show = (name: string) => this.#show(name, about.text('title'), result.total, result.finishedOn);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const name = input.value.trim();
      if (!name) return;
      saveProgress({ ...loadProgress(), name });
      show(name);
    });
    if (progress.name) show(progress.name);
    this.required('[data-print]').addEventListener('click', () => window.print());
  }

  #show(name: string, title: string, count: number, finishedOn: string | undefined) {
    const set = (selector: string, text: string) => {
      this.required(selector).textContent = text;
    };
    set('[data-name]', name);
    set('[data-completed]', fill(this.text('completed'), { count }));
    set('[data-course-title]', title);
    // Stored dates are checked when read (lib/progress.ts); should one still not be a day, today's date stands in.
    const today = formatDate(new Date());
    set('[data-date]', fill(this.text('on'), { date: finishedOn ? formatDate(new Date(`${finishedOn}T12:00:00+07:00`), today) : today }));
    this.required('[data-certificate]').hidden = false;
    this.required('[data-print]').hidden = false;
  }
}

define('hvs-certificate', HvsCertificate);
