/** The element a custom element's markup must hold; a missing one is a build mistake, so it throws. */
export function required<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${root.localName}: missing ${selector}`);
  return found;
}
