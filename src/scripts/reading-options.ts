import {
  DEFAULT_OPTIONS,
  STORAGE_KEY,
  TEXT_SIZES,
  optionAttributes,
  parseOptions,
  type ReadingOptions,
  type TextSize,
} from '../lib/reading-options';

function read(): ReadingOptions {
  try {
    return parseOptions(localStorage.getItem(STORAGE_KEY));
  } catch {
    return { ...DEFAULT_OPTIONS };
  }
}

function write(options: ReadingOptions) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(options));
  } catch {
    // Private mode or full storage: the choice still applies to this page.
  }
}

function apply(options: ReadingOptions) {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(optionAttributes(options))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

/** Text size, contrast and spacing controls; each change applies and saves at once. */
class HvsReadingOptions extends HTMLElement {
  connectedCallback() {
    this.show(read());
    this.addEventListener('change', () => this.save(this.dataset['saved'] ?? ''));
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      this.show(DEFAULT_OPTIONS);
      this.save(this.dataset['resetDone'] ?? '');
    });
  }

  private input(name: string, value?: string) {
    const selector = value ? `input[name="${name}"][value="${value}"]` : `input[name="${name}"]`;
    return this.querySelector<HTMLInputElement>(selector);
  }

  private show(options: ReadingOptions) {
    for (const size of TEXT_SIZES) {
      const radio = this.input('hvs-text-size', size);
      if (radio) radio.checked = size === options.textSize;
    }
    const contrast = this.input('hvs-high-contrast');
    if (contrast) contrast.checked = options.highContrast;
    const spacing = this.input('hvs-wide-spacing');
    if (spacing) spacing.checked = options.wideSpacing;
  }

  private save(message: string) {
    const size = this.querySelector<HTMLInputElement>('input[name="hvs-text-size"]:checked')?.value;
    const options: ReadingOptions = {
      textSize: TEXT_SIZES.includes(size as TextSize) ? (size as TextSize) : 'normal',
      highContrast: this.input('hvs-high-contrast')?.checked ?? false,
      wideSpacing: this.input('hvs-wide-spacing')?.checked ?? false,
    };
    apply(options);
    write(options);
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = message;
  }
}

customElements.define('hvs-reading-options', HvsReadingOptions);
