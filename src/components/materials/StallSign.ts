import { define, HvsElement } from '../../browser/element';
import { isStringRecord } from '../../browser/checks';
import type { Check } from '../../browser/element-data';
import { cleanAccount, clearStall, loadStall, saveStall, type StallDetails } from '../../lib/stall';
import { fill } from '../../lib/text/fill';

const loadDrawer = () => import('./stall-qr');

const MESSAGE_KEYS = ['bank', 'account', 'holder', 'amount', 'made', 'saved', 'cleared', 'accountLine', 'holderLine'] as const;
type Messages = Record<(typeof MESSAGE_KEYS)[number], string>;
/** The words the build hands over in data-messages: every one of them. */
const isMessages: Check<Messages> = (value) => {
  const record = isStringRecord(value);
  return record && MESSAGE_KEYS.every((key) => key in record) ? (record as Messages) : undefined;
};

/**
 * The stall sign: copies the shop name onto the sign, and draws the trader's
 * VietQR from the details typed; nothing leaves the page unless the trader
 * asks to keep it in this browser's storage.
 */
class HvsStallSign extends HvsElement {
  init() {
    const messages = this.json('messages', isMessages);
    const form = this.required<HTMLFormElement>('[data-qr-form]');
    const field = <T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(name: string) => this.required<T>(`[data-field="${name}"]`, form);
    const shop = field('shop');
    const shopName = this.required('[data-shop-name]');
    const copy = () => {
      shopName.textContent = shop.value.trim();
    };
    shop.addEventListener('input', copy);

    const select = field<HTMLSelectElement>('bin');
    const allBanks = [...select.options].map((option) => option.cloneNode(true) as HTMLOptionElement);
    const search = field('bank-search');
    const none = this.required('[data-bank-none]', form);
    search.addEventListener('input', () => {
      const words = search.value.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().split(/\s+/).filter(Boolean);
      const chosen = select.value;
      const matches = allBanks.filter((option) => option.value && words.every((word) => (option.dataset.search ?? '').includes(word)));
      select.replaceChildren(...(words.length ? matches : allBanks).map((option) => option.cloneNode(true)));
      if ([...select.options].some((option) => option.value === chosen)) select.value = chosen;
      none.hidden = !words.length || matches.length > 0;
    });

    const sign = this.required('[data-sign]');
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

    const error = this.required('[data-error]', form);
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
        error.textContent = messages[drawn.problem];
        const target = { bank: select, account: field('account'), holder: field('holder'), amount: field('amount') }[drawn.problem];
        target.focus();
        return;
      }
      error.textContent = '';
      const image = this.required('[data-qr-image]');
      image.innerHTML = drawn.svg;
      image.dataset.payload = drawn.payload;
      this.required('[data-qr-bank]').textContent = drawn.bank;
      this.required('[data-qr-account]').textContent = fill(messages.accountLine, { account: details.account });
      this.required('[data-qr-holder]').textContent = fill(messages.holderLine, { holder: details.holder.toUpperCase() });
      this.required('[data-qr-figure]').hidden = false;
      this.required('[data-qr-box]').hidden = true;
      if (!announce) return;
      if (field('save').checked) this.say(saveStall(details) ? messages.saved : messages.made);
      else {
        clearStall();
        this.say(messages.made);
      }
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void draw(read(), true);
    });
    this.required('[data-clear]', form).addEventListener('click', () => {
      clearStall();
      form.reset();
      search.dispatchEvent(new Event('input'));
      copy();
      this.required('[data-qr-figure]').hidden = true;
      this.required('[data-qr-box]').hidden = false;
      delete sign.dataset.size;
      delete document.documentElement.dataset.signSize;
      this.say(messages.cleared);
    });
    if (saved) void draw(saved, false);
  }
}

define('hvs-stall-sign', HvsStallSign);
