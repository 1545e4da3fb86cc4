/** A "print" button: hidden without JavaScript, where the browser's own menu still prints. */
class HvsPrintButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

customElements.define('hvs-print-button', HvsPrintButton);
