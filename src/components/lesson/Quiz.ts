import { define, HvsElement } from '../../browser/element';

/*
 * Grades a quiz answer only when the learner confirms it (the "Kiểm tra" button,
 * or Enter on the chosen option), as GOV.UK's radios and submit button do: arrow
 * keys move through the options and select them, so grading on change would
 * announce a verdict for every option a screen-reader user merely listens to.
 * Loaded on the first click or key press in the quiz, which it then handles
 * (browser/on-first-use.ts whenUsed).
 */
class HvsQuiz extends HvsElement {
  init() {
    this.addEventListener('click', (event) => {
      const item = (event.target as Element).closest('[data-check]')?.closest('li');
      if (item) this.#grade(item);
    });
    this.addEventListener('keydown', (event) => {
      const input = event.target;
      if (event.key !== 'Enter' || !(input instanceof HTMLInputElement) || input.type !== 'radio') return;
      const item = input.closest('li');
      if (!item) return;
      event.preventDefault();
      input.checked = true;
      this.#grade(item);
    });
    // A new choice makes the old verdict stale; clearing a live region is silent.
    this.addEventListener('change', (event) => {
      const status = (event.target as Element).closest('li')?.querySelector('[role="status"]');
      status?.removeAttribute('data-result');
      if (status) this.say('', status);
    });
  }

  #grade(item: HTMLElement) {
    const fieldset = this.required('fieldset', item);
    const status = this.required('[role="status"]', item);
    const chosen = fieldset.querySelector<HTMLInputElement>('input:checked');
    const right = chosen?.value === fieldset.dataset['answer'];
    if (chosen) status.setAttribute('data-result', right ? 'right' : 'wrong');
    else status.removeAttribute('data-result');
    this.say(chosen ? `${this.text(right ? 'right' : 'wrong')} ${fieldset.dataset['explanation'] ?? ''}` : this.text('choose'), status);
  }
}

define('hvs-quiz', HvsQuiz);
