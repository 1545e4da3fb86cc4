/**
 * The pure half of the elements' base (browser/element.ts): the named error
 * and the readers of data-* attributes, testable without a browser.
 */

/** Expected markup or data is missing or wrong: a build mistake, named with the element and the part. */
export class ElementError extends Error {
  override name = 'ElementError';
  constructor(
    readonly element: string,
    readonly part: string,
    reason = 'not found',
  ) {
    super(`${element}: ${part} ${reason}`);
  }
}

/** dataset key to attribute name: "notYet" gives "data-not-yet". */
export const attributeOf = (key: string) => `data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** A check for json(): the value when it has the expected shape, else undefined. */
export type Check<T> = (value: unknown) => T | undefined;

/** Typed readers over an element's data-* strings (its dataset); `element` names it in errors. */
export function dataReader(element: string, data: Readonly<Record<string, string | undefined>>) {
  return {
    /** The string, or '' when the attribute is absent (the words are optional, the markup decides). */
    text: (key: string): string => data[key] ?? '',
    /** A finite number, else `fallback`. */
    number(key: string, fallback: number): number {
      const raw = data[key]?.trim();
      const value = raw ? Number(raw) : Number.NaN;
      return Number.isFinite(value) ? value : fallback;
    },
    /** JSON written by the build, checked: a missing or malformed value throws an ElementError. */
    json<T>(key: string, check: Check<T>): T {
      const raw = data[key];
      if (raw === undefined) throw new ElementError(element, attributeOf(key));
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        throw new ElementError(element, attributeOf(key), 'is not JSON');
      }
      const checked = check(value);
      if (checked === undefined) throw new ElementError(element, attributeOf(key), 'has the wrong shape');
      return checked;
    },
  };
}
