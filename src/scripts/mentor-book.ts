import { addMentee, exportBook, importBook, MENTOR_KEY, menteeProgress, parseBook, removeMentee, setLesson, type MentorBook } from '../lib/mentor';
import { formatDate } from '../lib/date';
import { fill } from '../lib/text/fill';
import { required } from './dom';

interface Course {
  title: string;
  lessons: { id: string; title: string }[];
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text = '') => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
};

/** The ambassador's notebook: everything stays in this browser (lib/mentor.ts). */
class HvsMentorBook extends HTMLElement {
  #book: MentorBook = parseBook(null);
  #courses: Course[] = [];
  #strings: Record<string, string> = {};

  connectedCallback() {
    this.#courses = JSON.parse(this.dataset['lessons'] ?? '[]') as Course[];
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
    try {
      this.#book = parseBook(localStorage.getItem(MENTOR_KEY));
    } catch {
      // Storage blocked: the notebook works for this visit only.
    }
    this.find('[data-app]').hidden = false;
    this.find('[data-add]').addEventListener('submit', (event) => {
      event.preventDefault();
      const input = this.find<HTMLInputElement>('#ten-nguoi-hoc');
      const result = addMentee(this.#book, input.value, `m${Date.now().toString(36)}`);
      if ('error' in result) {
        this.say(this.#strings[result.error] ?? '');
        input.focus();
        return;
      }
      this.#save(result);
      this.say(fill(this.#strings['added'] ?? '', { name: result.mentees.at(-1)?.name ?? '' }));
      input.value = '';
      input.focus();
    });
    this.find('[data-export]').addEventListener('click', () => this.#download());
    this.find<HTMLInputElement>('[data-import]').addEventListener('change', (event) => void this.#import(event.target as HTMLInputElement));
    this.find('[data-clear]').addEventListener('click', () => {
      if (!window.confirm(this.#strings['confirmClear'] ?? '')) return;
      this.#save({ mentees: [] });
      this.say(this.#strings['cleared'] ?? '');
    });
    this.find('[data-print]').addEventListener('click', () => window.print());
    this.#render();
  }

  find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return required<T>(this, selector);
  }

  say(text: string) {
    this.find('[data-status]').textContent = text;
  }

  #save(book: MentorBook) {
    this.#book = book;
    this.#store();
    this.#render();
  }

  /** Keeps the book on this device; where storage is refused, in memory only. */
  #store() {
    try {
      localStorage.setItem(MENTOR_KEY, JSON.stringify(this.#book));
    } catch {
      // Kept in memory only.
    }
  }

  #render() {
    const { count, target, reached } = menteeProgress(this.#book);
    this.find('[data-count]').textContent = fill(reached ? (this.#strings['reached'] ?? '') : (this.#strings['count'] ?? ''), { count, target });
    this.find<HTMLProgressElement>('[data-meter]').value = Math.min(count, target);
    const list = this.find('[data-mentees]');
    list.replaceChildren(...this.#book.mentees.map((mentee) => this.#menteeItem(mentee.id)));
    if (!this.#book.mentees.length) list.append(element('li', {}, this.#strings['none'] ?? ''));
    this.#renderSummary();
  }

  #menteeItem(id: string): HTMLLIElement {
    const mentee = this.#book.mentees.find((candidate) => candidate.id === id);
    const item = element('li', { class: 'rounded border-2 border-border p-4', 'data-mentee': mentee?.name ?? '' });
    if (!mentee) return item;
    const details = element('details');
    const summary = element('summary', { class: 'min-h-target cursor-pointer py-2 text-xl font-bold' }, `${mentee.name}: ${fill(this.#strings['lessonsDone'] ?? '', { count: mentee.done.length })}`);
    details.append(summary);
    for (const course of this.#courses) {
      const fieldset = element('fieldset', { class: 'mt-3' });
      fieldset.append(element('legend', { class: 'font-bold' }, course.title));
      for (const lesson of course.lessons) {
        const label = element('label', { class: 'flex min-h-target items-center gap-3' });
        const box = element('input', { type: 'checkbox', class: 'size-6 shrink-0' });
        box.checked = mentee.done.includes(lesson.id);
        box.addEventListener('change', () => {
          this.#book = setLesson(this.#book, mentee.id, lesson.id, box.checked);
          this.#store();
          const now = this.#book.mentees.find((candidate) => candidate.id === mentee.id);
          summary.textContent = `${mentee.name}: ${fill(this.#strings['lessonsDone'] ?? '', { count: now?.done.length ?? 0 })}`;
          this.#renderSummary();
        });
        label.append(box, element('span', {}, lesson.title));
        fieldset.append(label);
      }
      details.append(fieldset);
    }
    const remove = element('button', { type: 'button', class: 'mt-4 min-h-target rounded border-2 border-border px-4 py-2 font-bold' }, fill(this.#strings['remove'] ?? '', { name: mentee.name }));
    remove.addEventListener('click', () => {
      if (!window.confirm(fill(this.#strings['confirmRemove'] ?? '', { name: mentee.name }))) return;
      this.#save(removeMentee(this.#book, mentee.id));
      this.say(fill(this.#strings['removed'] ?? '', { name: mentee.name }));
      this.find<HTMLInputElement>('#ten-nguoi-hoc').focus();
    });
    details.append(remove);
    item.append(details);
    return item;
  }

  /** The printed summary: one row per mentee with the lessons done. */
  #renderSummary() {
    const titles = new Map(this.#courses.flatMap((course) => course.lessons.map((lesson) => [lesson.id, lesson.title] as const)));
    const rows = this.#book.mentees.map((mentee) => {
      const row = element('tr');
      row.append(element('td', {}, mentee.name), element('td', {}, String(mentee.done.length)), element('td', {}, mentee.done.map((id) => titles.get(id) ?? id).join('; ')));
      return row;
    });
    if (rows.length) this.find('[data-summary-table] tbody').replaceChildren(...rows);
    this.find('[data-summary-date]').textContent = fill(this.#strings['summaryDate'] ?? '', { date: formatDate(new Date()) });
  }

  #download() {
    const blob = new Blob([exportBook(this.#book, new Date())], { type: 'application/json' });
    const link = element('a', { href: URL.createObjectURL(blob), download: this.#strings['fileName'] ?? 'so-dai-su-so.json' });
    link.click();
    URL.revokeObjectURL(link.href);
  }

  async #import(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const result = importBook(await file.text());
    input.value = '';
    if (!result.ok) {
      this.say(this.#strings[result.reason] ?? '');
      return;
    }
    this.#save(result.book);
    this.say(fill(this.#strings['imported'] ?? '', { count: result.book.mentees.length }));
  }
}

customElements.define('hvs-mentor-book', HvsMentorBook);
