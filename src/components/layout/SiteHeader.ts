import { HvsElement } from '../../browser/element';

/**
 * The header's "Menu" button on narrow screens: shows and hides the panel it
 * controls (aria-controls) and says so with aria-expanded. Escape closes it and
 * returns focus to the button. Registered by browser/site.ts startSite().
 */
export class HvsMenuToggle extends HvsElement {
  init() {
    const button = this.required<HTMLButtonElement>('button[aria-controls]');
    const panel = this.required(`#${button.getAttribute('aria-controls') ?? ''}`, document);
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      panel.toggleAttribute('data-open', open);
    };
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
    panel.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
      set(false);
      button.focus();
    });
  }
}

