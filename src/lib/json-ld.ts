/** A schema.org description of a page, written into its head as JSON-LD. */
export interface JsonLdThing {
  '@context': 'https://schema.org';
  '@type': string;
  [property: string]: unknown;
}

/*
 * Characters escaped as \uXXXX, which JSON reads back unchanged: "<" and ">" so
 * no text ("…</script><img …>" in a news title) can close the script element or
 * open a comment, "&" so nothing reads as an entity, and the two line
 * separators that older JavaScript parsers take for line breaks.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

/** The text of a `<script type="application/ld+json">` element: JSON that no value can break out of. */
export function jsonLd(data: JsonLdThing): string {
  return JSON.stringify(data).replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
