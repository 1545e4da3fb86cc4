import { define, HvsElement } from '../../browser/element';

/*
 * Plays a practice exercise one step at a time. The page already holds every
 * step as a numbered list (what a visitor without JavaScript sees); this turns
 * the drawn buttons into real ones and shows one screen at a time.
 */

/** The words of a message, for comparing: letters and digits only, in lower case. */
const words = (text: string) => text.toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** "Đúng rồi!" before the step's own message, unless the message already says it. */
function praise(right: string, done: string): string {
  if (!done) return right;
  return words(done).startsWith(words(right)) ? done : `${right} ${done}`;
}

class HvsPractice extends HvsElement {
  #steps: HTMLElement[] = [];
  #current = 0;

  init() {
    for (const drawn of this.querySelectorAll<HTMLElement>('span[data-choice]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = drawn.className;
      button.dataset['choice'] = '';
      if (drawn.hasAttribute('data-target')) button.dataset['target'] = '';
      button.append(...drawn.childNodes);
      drawn.replaceWith(button);
    }
    this.#steps = [...this.querySelectorAll<HTMLElement>('[data-step]')];
    const feedback = this.required('[data-feedback]');
    const say = (text: string) => this.say(text, feedback);
    const restart = this.required<HTMLButtonElement>('[data-restart]');
    restart.hidden = false;
    const start = feedback.textContent ?? '';
    restart.addEventListener('click', () => {
      say(start);
      this.#show(0, true);
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-choice]');
      const step = this.#steps[this.#current];
      if (!button || !step?.contains(button)) return;
      if (button.hasAttribute('data-target')) {
        say(praise(this.text('right'), step.dataset['done'] ?? ''));
        this.#show(this.#current + 1, true);
      } else {
        // A gentle hint, and the right place is marked on the screen.
        step.classList.add('is-hinted');
        say(`${this.text('wrong')} ${step.dataset['hint'] ?? ''}`.trim());
      }
    });
    this.classList.add('is-playing');
    this.#show(0, false);
  }

  /** Shows step `index`, or the finish panel after the last one. */
  #show(index: number, focus: boolean) {
    this.#current = index;
    this.#steps.forEach((step, position) => {
      step.hidden = position !== index;
      step.classList.remove('is-hinted');
    });
    this.required('[data-finish]').hidden = index < this.#steps.length;
    if (!focus) return;
    const heading = index < this.#steps.length ? this.#steps[index]?.querySelector<HTMLElement>('[data-instruction]') : this.querySelector<HTMLElement>('[data-finish-heading]');
    heading?.focus();
  }
}

define('hvs-practice', HvsPractice);
