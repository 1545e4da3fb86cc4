import { define, HvsElement } from '../../browser/element';
import { storedValue } from '../../lib/storage';
import { DEFAULT_OPTIONS, STORAGE_KEY, TEXT_SIZES, optionAttributes, parseOptions, type ReadingOptions, type TextSize } from '../../lib/reading-options';

// Storage refused (private mode, full): the choice still applies to this page.
const stored = storedValue<ReadingOptions>(STORAGE_KEY, parseOptions);

function apply(options: ReadingOptions) {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(optionAttributes(options))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

/**
 * Text size, contrast and spacing controls; each change applies and saves at
 * once. The saved choice is applied before first paint by the head script
 * (lib/reading-options.ts BOOT_SCRIPT); this loads when the panel is first opened (browser/site.ts).
 */
class HvsReadingOptions extends HvsElement {
  init() {
    // Chosen while this script was still coming (a slow connection): that choice wins.
    const touched = [...this.querySelectorAll('input')].some((input) => input.checked !== input.defaultChecked);
    if (touched) this.#save(this.text('saved'));
    else this.#show(stored.load());
    this.addEventListener('change', () => this.#save(this.text('saved')));
    this.required('[data-reset]').addEventListener('click', () => {
      this.#show(DEFAULT_OPTIONS);
      this.#save(this.text('resetDone'));
    });
  }

  #input(name: string, value?: string) {
    return this.required<HTMLInputElement>(value ? `input[name="${name}"][value="${value}"]` : `input[name="${name}"]`);
  }

  #show(options: ReadingOptions) {
    for (const size of TEXT_SIZES) this.#input('hvs-text-size', size).checked = size === options.textSize;
    this.#input('hvs-high-contrast').checked = options.highContrast;
    this.#input('hvs-wide-spacing').checked = options.wideSpacing;
  }

  #save(message: string) {
    const size = this.querySelector<HTMLInputElement>('input[name="hvs-text-size"]:checked')?.value;
    const options: ReadingOptions = {
      textSize: TEXT_SIZES.includes(size as TextSize) ? (size as TextSize) : 'normal',
      highContrast: this.#input('hvs-high-contrast').checked,
      wideSpacing: this.#input('hvs-wide-spacing').checked,
    };
    apply(options);
    stored.save(options);
    this.say(message);
  }
}

define('hvs-reading-options', HvsReadingOptions);
