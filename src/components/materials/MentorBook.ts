import { define, HvsElement } from '../../browser/element';
import { isStringRecord } from '../../browser/checks';
import type { Check } from '../../browser/element-data';
import { readChosenFile, saveTextFile } from '../../lib/file-transfer';
import { storedValue } from '../../lib/storage';
import { addMentee, exportBook, importBook, mergeBooks, MENTOR_KEY, menteeProgress, parseBook, removeMentee, setLesson, type Mentee, type MentorBook } from '../../lib/mentor';
import { formatDate } from '../../lib/date';
import { fill } from '../../lib/text/fill';

interface Course {
  title: string;
  lessons: { id: string; title: string }[];
}

const isTitled = (value: unknown): value is { title: string } => Boolean(value) && typeof value === 'object' && typeof (value as { title?: unknown }).title === 'string';

/** The catalogue the build writes in data-lessons: courses with their lessons' ids and titles. */
const isCatalogue: Check<Course[]> = (value) => {
  const isLesson = (lesson: unknown) => isTitled(lesson) && typeof (lesson as { id?: unknown }).id === 'string';
  const isCourse = (course: unknown) => {
    const lessons: unknown = isTitled(course) ? (course as { lessons?: unknown }).lessons : undefined;
    return Array.isArray(lessons) && lessons.every(isLesson);
  };
  return Array.isArray(value) && value.every(isCourse) ? (value as Course[]) : undefined;
};

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text = '') => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
};

const newId = (index = 0) => `m${Date.now().toString(36)}${index ? `-${index}` : ''}`;

const stored = storedValue<MentorBook>(MENTOR_KEY, parseBook);

/** The ambassador's notebook: everything stays in this browser (lib/mentor.ts). */
class HvsMentorBook extends HvsElement {
  #book: MentorBook = parseBook(null);
  #courses: Course[] = [];
  #strings: Record<string, string> = {};

  init() {
    this.#courses = this.json('lessons', isCatalogue);
    this.#strings = this.json('strings', isStringRecord);
    // Storage blocked: the notebook works for this visit only.
    this.#book = stored.load();
    this.required('[data-app]').hidden = false;
    this.required('[data-add]').addEventListener('submit', (event) => {
      event.preventDefault();
      const input = this.required<HTMLInputElement>('#ten-nguoi-hoc');
      const result = addMentee(this.#book, input.value, newId());
      if ('error' in result) {
        this.say(this.#t(result.error));
        input.focus();
        return;
      }
      this.#saveSaying(result, fill(this.#t('added'), { name: result.mentees.at(-1)?.name ?? '' }));
      input.value = '';
      input.focus();
    });
    this.required('[data-export]').addEventListener('click', () => this.#download());
    this.required<HTMLInputElement>('[data-import]').addEventListener('change', (event) => void this.#import(event.target as HTMLInputElement));
    this.required('[data-clear]').addEventListener('click', () => {
      if (!window.confirm(this.#t('confirmClear'))) return;
      this.#saveSaying({ mentees: [] }, this.#t('cleared'));
    });
    this.required('[data-print]').addEventListener('click', () => window.print());
    this.#render();
  }

  /** One of the words the build handed over in data-strings. */
  #t(key: string): string {
    return this.#strings[key] ?? '';
  }

  /** Keeps a change and says so; where storage refuses it, says that it lasts only until the page is closed. */
  #saveSaying(book: MentorBook, message: string) {
    this.#book = book;
    const stored = this.#store();
    this.#render();
    this.say(stored ? message : `${message} ${this.#t('notStored')}`);
  }

  /** Writes the book to this device; false where storage is refused or full (it then lives in memory only). */
  #store(book: MentorBook = this.#book): boolean {
    return stored.save(book);
  }

  #render() {
    const { count, target, reached } = menteeProgress(this.#book);
    this.required('[data-count]').textContent = fill(reached ? this.#t('reached') : this.#t('count'), { count, target });
    this.required<HTMLProgressElement>('[data-meter]').value = Math.min(count, target);
    const list = this.required('[data-mentees]');
    list.replaceChildren(...this.#book.mentees.map((mentee) => this.#menteeItem(mentee)));
    if (!this.#book.mentees.length) list.append(element('li', {}, this.#t('none')));
    const aside = this.required('[data-set-aside]');
    const setAside = this.#book.setAside?.length ?? 0;
    aside.hidden = setAside === 0;
    aside.textContent = setAside ? fill(this.#t('setAside'), { count: setAside }) : '';
    this.#renderSummary();
  }

  #lessonsDone(mentee: Mentee): string {
    return `${mentee.name}: ${fill(this.#t('lessonsDone'), { count: mentee.done.length })}`;
  }

  #menteeItem(mentee: Mentee): HTMLLIElement {
    const item = element('li', { class: 'rounded border-2 border-border p-4', 'data-mentee': mentee.name });
    const details = element('details');
    const summary = element('summary', { class: 'min-h-target cursor-pointer py-2 text-xl font-bold' }, this.#lessonsDone(mentee));
    const remove = element('button', { type: 'button', class: 'mt-4 min-h-target rounded border-2 border-border px-4 py-2 font-bold' }, fill(this.#t('remove'), { name: mentee.name }));
    remove.addEventListener('click', () => {
      if (!window.confirm(fill(this.#t('confirmRemove'), { name: mentee.name }))) return;
      this.#saveSaying(removeMentee(this.#book, mentee.id), fill(this.#t('removed'), { name: mentee.name }));
      this.required<HTMLInputElement>('#ten-nguoi-hoc').focus();
    });
    details.append(summary, remove);
    // The lessons' checkboxes are built when a mentee is first opened: a large notebook opens at once.
    details.addEventListener('toggle', () => {
      if (details.open && !details.querySelector('fieldset')) remove.before(...this.#lessonBoxes(mentee.id, summary));
    });
    item.append(details);
    return item;
  }

  #lessonBoxes(id: string, summary: HTMLElement): HTMLFieldSetElement[] {
    const done = new Set(this.#book.mentees.find((mentee) => mentee.id === id)?.done);
    return this.#courses.map((course) => {
      const fieldset = element('fieldset', { class: 'mt-3' });
      fieldset.append(element('legend', { class: 'font-bold' }, course.title));
      for (const lesson of course.lessons) {
        const label = element('label', { class: 'flex min-h-target items-center gap-3' });
        const box = element('input', { type: 'checkbox', class: 'size-6 shrink-0' });
        box.checked = done.has(lesson.id);
        box.addEventListener('change', () => {
          this.#book = setLesson(this.#book, id, lesson.id, box.checked);
          if (!this.#store()) this.say(this.#t('notStored'));
          const now = this.#book.mentees.find((mentee) => mentee.id === id);
          if (now) summary.textContent = this.#lessonsDone(now);
          this.#renderSummary();
        });
        label.append(box, element('span', {}, lesson.title));
        fieldset.append(label);
      }
      return fieldset;
    });
  }

  /** The printed summary: one row per mentee with the lessons done. */
  #renderSummary() {
    const titles = new Map(this.#courses.flatMap((course) => course.lessons.map((lesson) => [lesson.id, lesson.title] as const)));
    const rows = this.#book.mentees.map((mentee) => {
      const row = element('tr');
      row.append(element('td', {}, mentee.name), element('td', {}, String(mentee.done.length)), element('td', {}, mentee.done.map((id) => titles.get(id) ?? id).join('; ')));
      return row;
    });
    if (rows.length) this.required('[data-summary-table] tbody').replaceChildren(...rows);
    this.required('[data-summary-date]').textContent = fill(this.#t('summaryDate'), { date: formatDate(new Date()) });
  }

  #download() {
    saveTextFile(exportBook(this.#book, new Date()), this.#strings['fileName'] ?? 'so-dai-su-so.json');
  }

  async #import(input: HTMLInputElement) {
    const chosen = await readChosenFile(input);
    if (!chosen) return;
    if (!chosen.ok) {
      this.say(this.#t(chosen.reason));
      return;
    }
    const result = importBook(chosen.text);
    if (!result.ok) {
      this.say(this.#t(result.reason));
      return;
    }
    const holdsSomething = this.#book.mentees.length > 0 || Boolean(this.#book.setAside?.length);
    const choice = holdsSomething ? await this.#ask(result.book) : 'replace';
    if (choice === 'keep') {
      this.say(this.#t('kept'));
      return;
    }
    const book = choice === 'merge' ? mergeBooks(this.#book, result.book, newId) : result.book;
    // Nothing changes unless the device keeps it: a half-saved notebook would mislead.
    if (!this.#store(book)) {
      this.say(this.#t('notSaved'));
      return;
    }
    this.#book = book;
    this.#render();
    const message = fill(this.#t(choice === 'merge' ? 'merged' : 'imported'), { count: book.mentees.length });
    this.say(result.bad ? `${message} ${fill(this.#t('importSetAside'), { count: result.bad })}` : message);
  }

  /** Asks, in a modal dialog, whether the file replaces the notebook, joins it, or is left aside; Escape keeps it. */
  #ask(incoming: MentorBook): Promise<'replace' | 'merge' | 'keep'> {
    const dialog = this.required<HTMLDialogElement>('[data-replace-dialog]');
    this.required('[data-replace-counts]', dialog).textContent = fill(this.#t('replaceCounts'), { incoming: incoming.mentees.length, current: this.#book.mentees.length });
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'replace' || dialog.returnValue === 'merge' ? dialog.returnValue : 'keep'), { once: true });
    });
  }
}

define('hvs-mentor-book', HvsMentorBook);
