import { readChosenFile, saveTextFile } from '../lib/file-transfer';
import { storedValue } from '../lib/storage';
import { addMentee, exportBook, importBook, mergeBooks, MENTOR_KEY, menteeProgress, parseBook, removeMentee, setLesson, type Mentee, type MentorBook } from '../lib/mentor';
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

const newId = (index = 0) => `m${Date.now().toString(36)}${index ? `-${index}` : ''}`;

const stored = storedValue<MentorBook>(MENTOR_KEY, parseBook);

/** The ambassador's notebook: everything stays in this browser (lib/mentor.ts). */
class HvsMentorBook extends HTMLElement {
  #book: MentorBook = parseBook(null);
  #courses: Course[] = [];
  #strings: Record<string, string> = {};

  connectedCallback() {
    this.#courses = JSON.parse(this.dataset['lessons'] ?? '[]') as Course[];
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
    // Storage blocked: the notebook works for this visit only.
    this.#book = stored.load();
    this.find('[data-app]').hidden = false;
    this.find('[data-add]').addEventListener('submit', (event) => {
      event.preventDefault();
      const input = this.find<HTMLInputElement>('#ten-nguoi-hoc');
      const result = addMentee(this.#book, input.value, newId());
      if ('error' in result) {
        this.say(this.#strings[result.error] ?? '');
        input.focus();
        return;
      }
      this.#saveSaying(result, fill(this.#strings['added'] ?? '', { name: result.mentees.at(-1)?.name ?? '' }));
      input.value = '';
      input.focus();
    });
    this.find('[data-export]').addEventListener('click', () => this.#download());
    this.find<HTMLInputElement>('[data-import]').addEventListener('change', (event) => void this.#import(event.target as HTMLInputElement));
    this.find('[data-clear]').addEventListener('click', () => {
      if (!window.confirm(this.#strings['confirmClear'] ?? '')) return;
      this.#saveSaying({ mentees: [] }, this.#strings['cleared'] ?? '');
    });
    this.find('[data-print]').addEventListener('click', () => window.print());
    this.#render();
  }

  find<T extends HTMLElement = HTMLElement>(selector: string, root: Element = this): T {
    return required<T>(root, selector);
  }

  say(text: string) {
    this.find('[data-status]').textContent = text;
  }

  /** Keeps a change and says so; where storage refuses it, says that it lasts only until the page is closed. */
  #saveSaying(book: MentorBook, message: string) {
    this.#book = book;
    const stored = this.#store();
    this.#render();
    this.say(stored ? message : `${message} ${this.#strings['notStored'] ?? ''}`);
  }

  /** Writes the book to this device; false where storage is refused or full (it then lives in memory only). */
  #store(book: MentorBook = this.#book): boolean {
    return stored.save(book);
  }

  #render() {
    const { count, target, reached } = menteeProgress(this.#book);
    this.find('[data-count]').textContent = fill(reached ? (this.#strings['reached'] ?? '') : (this.#strings['count'] ?? ''), { count, target });
    this.find<HTMLProgressElement>('[data-meter]').value = Math.min(count, target);
    const list = this.find('[data-mentees]');
    list.replaceChildren(...this.#book.mentees.map((mentee) => this.#menteeItem(mentee)));
    if (!this.#book.mentees.length) list.append(element('li', {}, this.#strings['none'] ?? ''));
    const aside = this.find('[data-set-aside]');
    const setAside = this.#book.setAside?.length ?? 0;
    aside.hidden = setAside === 0;
    aside.textContent = setAside ? fill(this.#strings['setAside'] ?? '', { count: setAside }) : '';
    this.#renderSummary();
  }

  #lessonsDone(mentee: Mentee): string {
    return `${mentee.name}: ${fill(this.#strings['lessonsDone'] ?? '', { count: mentee.done.length })}`;
  }

  #menteeItem(mentee: Mentee): HTMLLIElement {
    const item = element('li', { class: 'rounded border-2 border-border p-4', 'data-mentee': mentee.name });
    const details = element('details');
    const summary = element('summary', { class: 'min-h-target cursor-pointer py-2 text-xl font-bold' }, this.#lessonsDone(mentee));
    const remove = element('button', { type: 'button', class: 'mt-4 min-h-target rounded border-2 border-border px-4 py-2 font-bold' }, fill(this.#strings['remove'] ?? '', { name: mentee.name }));
    remove.addEventListener('click', () => {
      if (!window.confirm(fill(this.#strings['confirmRemove'] ?? '', { name: mentee.name }))) return;
      this.#saveSaying(removeMentee(this.#book, mentee.id), fill(this.#strings['removed'] ?? '', { name: mentee.name }));
      this.find<HTMLInputElement>('#ten-nguoi-hoc').focus();
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
          if (!this.#store()) this.say(this.#strings['notStored'] ?? '');
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
    if (rows.length) this.find('[data-summary-table] tbody').replaceChildren(...rows);
    this.find('[data-summary-date]').textContent = fill(this.#strings['summaryDate'] ?? '', { date: formatDate(new Date()) });
  }

  #download() {
    saveTextFile(exportBook(this.#book, new Date()), this.#strings['fileName'] ?? 'so-dai-su-so.json');
  }

  async #import(input: HTMLInputElement) {
    const chosen = await readChosenFile(input);
    if (!chosen) return;
    if (!chosen.ok) {
      this.say(this.#strings[chosen.reason] ?? '');
      return;
    }
    const result = importBook(chosen.text);
    if (!result.ok) {
      this.say(this.#strings[result.reason] ?? '');
      return;
    }
    const holdsSomething = this.#book.mentees.length > 0 || Boolean(this.#book.setAside?.length);
    const choice = holdsSomething ? await this.#ask(result.book) : 'replace';
    if (choice === 'keep') {
      this.say(this.#strings['kept'] ?? '');
      return;
    }
    const book = choice === 'merge' ? mergeBooks(this.#book, result.book, newId) : result.book;
    // Nothing changes unless the device keeps it: a half-saved notebook would mislead.
    if (!this.#store(book)) {
      this.say(this.#strings['notSaved'] ?? '');
      return;
    }
    this.#book = book;
    this.#render();
    const message = fill(this.#strings[choice === 'merge' ? 'merged' : 'imported'] ?? '', { count: book.mentees.length });
    this.say(result.bad ? `${message} ${fill(this.#strings['importSetAside'] ?? '', { count: result.bad })}` : message);
  }

  /** Asks, in a modal dialog, whether the file replaces the notebook, joins it, or is left aside; Escape keeps it. */
  #ask(incoming: MentorBook): Promise<'replace' | 'merge' | 'keep'> {
    const dialog = this.find<HTMLDialogElement>('[data-replace-dialog]');
    this.find('[data-replace-counts]', dialog).textContent = fill(this.#strings['replaceCounts'] ?? '', { incoming: incoming.mentees.length, current: this.#book.mentees.length });
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'replace' || dialog.returnValue === 'merge' ? dialog.returnValue : 'keep'), { once: true });
    });
  }
}

customElements.define('hvs-mentor-book', HvsMentorBook);
