import { define, HvsElement } from '../../browser/element';

/** A "print" button: hidden without JavaScript, where the browser's own menu still prints. */
class HvsPrintButton extends HvsElement {
  init() {
    const button = this.required<HTMLButtonElement>('button');
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

define('hvs-print-button', HvsPrintButton);
