import { dataReader, ElementError, type Check } from './element-data';

export { ElementError } from './element-data';

/**
 * The base of every hvs-* custom element, after GOV.UK Frontend's Component:
 * set up once (an element moved in the page is connected again), required parts
 * of the markup found or a named ElementError, typed data-* readers, and one way to
 * announce a status (the element's polite live region, role="status").
 */
export abstract class HvsElement extends HTMLElement {
  #ready = false;

  connectedCallback(): void {
    if (this.#ready) return;
    this.#ready = true;
    void this.init();
  }

  /** Runs once, when the element first joins the page. */
  protected abstract init(): void | Promise<void>;

  /**
   * A part of the markup the element cannot work without (GOV.UK's ElementError when it is
   * missing). Not named part(): HTMLElement.part is the element's shadow-parts token list.
   */
  required<T extends Element = HTMLElement>(selector: string, root: ParentNode = this): T {
    const found = root.querySelector<T>(selector);
    if (!found) throw new ElementError(this.localName, selector);
    return found;
  }

  /** data-<key> as words; '' when absent (element-data.ts dataReader, for this element). */
  text(key: string): string {
    return this.dataset[key] ?? '';
  }

  number(key: string, fallback: number): number {
    return dataReader(this.localName, this.dataset).number(key, fallback);
  }

  json<T>(key: string, check: Check<T>): T {
    return dataReader(this.localName, this.dataset).json(key, check);
  }

  /** Announces `message` in the live region (the element's own, or `region`). */
  say(message: string, region: Element = this.required('[role="status"]')): void {
    region.textContent = message;
  }
}

/** Registers an element once, however many bundles import it. */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
