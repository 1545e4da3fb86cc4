import { cleanAccount, clearStall, loadStall, saveStall, type StallDetails } from '../lib/stall';
import { fill } from '../lib/text/fill';
import { required } from './dom';
import { warmUp } from './warm-up';

const loadDrawer = () => import('./stall-qr');

type Messages = Record<'bank' | 'account' | 'holder' | 'amount' | 'made' | 'saved' | 'cleared' | 'accountLine' | 'holderLine', string>;

/**
 * The stall sign: copies the shop name onto the sign, and draws the trader's
 * VietQR from the details typed; nothing leaves the page unless the trader
 * asks to keep it in this browser's storage.
 */
class HvsStallSign extends HTMLElement {
  #messages = JSON.parse(this.dataset.messages ?? '{}') as Messages;

  connectedCallback() {
    const form = required<HTMLFormElement>(this, '[data-qr-form]');
    const field = <T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(name: string) => required<T>(form, `[data-field="${name}"]`);
    const shop = field('shop');
    const shopName = required(this, '[data-shop-name]');
    const copy = () => {
      shopName.textContent = shop.value.trim();
    };
    shop.addEventListener('input', copy);

    const select = field<HTMLSelectElement>('bin');
    const allBanks = [...select.options].map((option) => option.cloneNode(true) as HTMLOptionElement);
    const search = field('bank-search');
    const none = required(form, '[data-bank-none]');
    search.addEventListener('input', () => {
      const words = search.value.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().split(/\s+/).filter(Boolean);
      const chosen = select.value;
      const matches = allBanks.filter((option) => option.value && words.every((word) => (option.dataset.search ?? '').includes(word)));
      select.replaceChildren(...(words.length ? matches : allBanks).map((option) => option.cloneNode(true)));
      if ([...select.options].some((option) => option.value === chosen)) select.value = chosen;
      none.hidden = !words.length || matches.length > 0;
    });

    const sign = required(this, '[data-sign]');
    for (const size of form.querySelectorAll<HTMLInputElement>('[data-size]')) {
      size.addEventListener('change', () => {
        if (!size.checked) return;
        sign.dataset.size = size.value;
        document.documentElement.dataset.signSize = size.value;
      });
    }

    const saved = loadStall();
    if (saved) {
      shop.value = saved.shop ?? '';
      select.value = saved.bin;
      field('account').value = saved.account;
      field('holder').value = saved.holder;
      field('amount').value = saved.amount ?? '';
      field('note').value = saved.note ?? '';
      field('save').checked = true;
    }
    copy();

    const error = required(form, '[data-error]');
    const status = required(form, '[data-status]');
    const read = (): StallDetails => ({
      bin: select.value,
      account: cleanAccount(field('account').value),
      holder: field('holder').value.trim(),
      amount: field('amount').value.trim(),
      note: field('note').value.trim(),
      shop: shop.value.trim(),
    });
    const draw = async (details: StallDetails, announce: boolean) => {
      const drawn = await (await loadDrawer()).drawStallQr(details);
      if ('problem' in drawn) {
        error.textContent = this.#messages[drawn.problem];
        const target = { bank: select, account: field('account'), holder: field('holder'), amount: field('amount') }[drawn.problem];
        target.focus();
        return;
      }
      error.textContent = '';
      const image = required(this, '[data-qr-image]');
      image.innerHTML = drawn.svg;
      image.dataset.payload = drawn.payload;
      required(this, '[data-qr-bank]').textContent = drawn.bank;
      required(this, '[data-qr-account]').textContent = fill(this.#messages.accountLine, { account: details.account });
      required(this, '[data-qr-holder]').textContent = fill(this.#messages.holderLine, { holder: details.holder.toUpperCase() });
      required(this, '[data-qr-figure]').hidden = false;
      required(this, '[data-qr-box]').hidden = true;
      if (!announce) return;
      if (field('save').checked) status.textContent = saveStall(details) ? this.#messages.saved : this.#messages.made;
      else {
        clearStall();
        status.textContent = this.#messages.made;
      }
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void draw(read(), true);
    });
    required(form, '[data-clear]').addEventListener('click', () => {
      clearStall();
      form.reset();
      search.dispatchEvent(new Event('input'));
      copy();
      required(this, '[data-qr-figure]').hidden = true;
      required(this, '[data-qr-box]').hidden = false;
      delete sign.dataset.size;
      delete document.documentElement.dataset.signSize;
      status.textContent = this.#messages.cleared;
    });
    if (saved) void draw(saved, false);
    else warmUp(loadDrawer);
  }
}

customElements.define('hvs-stall-sign', HvsStallSign);
