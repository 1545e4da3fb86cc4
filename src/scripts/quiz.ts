/** Gives instant feedback on a quiz answer, announced through each question's status line. */
class HvsQuiz extends HTMLElement {
  connectedCallback() {
    this.addEventListener('change', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
      const fieldset = input.closest('fieldset');
      const status = fieldset?.parentElement?.querySelector('[role="status"]');
      if (!fieldset || !status) return;
      const right = input.value === fieldset.dataset['answer'];
      const verdict = right ? this.dataset['right'] : this.dataset['wrong'];
      status.textContent = `${verdict ?? ''} ${fieldset.dataset['explanation'] ?? ''}`;
      status.setAttribute('data-result', right ? 'right' : 'wrong');
    });
  }
}

customElements.define('hvs-quiz', HvsQuiz);
