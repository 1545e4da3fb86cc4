/** Copies the shop name typed on the page onto the sign; it never leaves the page. */
class HvsStallSign extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('[data-shop-input]');
    const name = this.querySelector<HTMLElement>('[data-shop-name]');
    if (!input || !name) return;
    const copy = () => {
      name.textContent = input.value.trim();
    };
    input.addEventListener('input', copy);
    copy();
  }
}

customElements.define('hvs-stall-sign', HvsStallSign);
