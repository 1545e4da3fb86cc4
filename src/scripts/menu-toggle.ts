/**
 * The header's "Menu" button on narrow screens: shows and hides the panel it
 * controls (aria-controls) and says so with aria-expanded. Escape closes it and
 * returns focus to the button.
 */
class HvsMenuToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button[aria-controls]');
    const panel = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!button || !panel) return;
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      panel.toggleAttribute('data-open', open);
    };
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
    panel.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
      set(false);
      if (button instanceof HTMLElement) button.focus();
    });
  }
}

customElements.define('hvs-menu-toggle', HvsMenuToggle);
