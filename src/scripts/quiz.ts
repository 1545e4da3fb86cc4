/*
 * Grades a quiz answer only when the learner confirms it (the "Kiểm tra" button,
 * or Enter on the chosen option), as GOV.UK's radios and submit button do: arrow
 * keys move through the options and select them, so grading on change would
 * announce a verdict for every option a screen-reader user merely listens to.
 */
class HvsQuiz extends HTMLElement {
  connectedCallback() {
    for (const check of this.querySelectorAll<HTMLButtonElement>('[data-check]')) check.hidden = false;
    this.addEventListener('click', (event) => {
      const check = (event.target as Element).closest('[data-check]');
      const item = check?.closest('li');
      if (item) this.#grade(item);
    });
    this.addEventListener('keydown', (event) => {
      const input = event.target;
      if (event.key !== 'Enter' || !(input instanceof HTMLInputElement) || input.type !== 'radio') return;
      const item = input.closest('li');
      if (!item) return;
      event.preventDefault();
      if (!input.checked) input.checked = true;
      this.#grade(item);
    });
    // A new choice makes the old verdict stale; clearing a live region is silent.
    this.addEventListener('change', (event) => {
      const status = (event.target as Element).closest('li')?.querySelector('[role="status"]');
      if (!status) return;
      status.textContent = '';
      status.removeAttribute('data-result');
    });
  }

  #grade(item: HTMLElement) {
    const fieldset = item.querySelector('fieldset');
    const status = item.querySelector('[role="status"]');
    if (!fieldset || !status) return;
    const chosen = fieldset.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (!chosen) {
      status.textContent = this.dataset['choose'] ?? '';
      status.removeAttribute('data-result');
      return;
    }
    const right = chosen.value === fieldset.dataset['answer'];
    const verdict = right ? this.dataset['right'] : this.dataset['wrong'];
    status.textContent = `${verdict ?? ''} ${fieldset.dataset['explanation'] ?? ''}`;
    status.setAttribute('data-result', right ? 'right' : 'wrong');
  }
}

customElements.define('hvs-quiz', HvsQuiz);
