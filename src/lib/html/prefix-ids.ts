/*
 * A booklet prints every lesson of a course on one page, so the headings'
 * ids ("vì-sao-cần-biết"…) would repeat. Each lesson's ids get the lesson's
 * prefix, and every reference to them inside the same lesson follows.
 */
const ID = /\sid="([^"]+)"/g;
const REFERENCES = /(\s(?:for|aria-labelledby|aria-describedby|aria-controls|aria-owns|list|headers)=")([^"]*)(")/g;
const HASH_LINK = /(\shref="#)([^"]+)(")/g;

export function prefixIds(html: string, prefix: string): string {
  const ids = new Set<string>();
  for (const match of html.matchAll(ID)) ids.add(match[1]!);
  if (ids.size === 0) return html;
  const renamed = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  return html
    .replace(ID, (_, id: string) => ` id="${renamed(id)}"`)
    .replace(REFERENCES, (_, start: string, list: string, end: string) => `${start}${list.split(/\s+/).map(renamed).join(' ')}${end}`)
    .replace(HASH_LINK, (_, start: string, id: string, end: string) => `${start}${renamed(id)}${end}`);
}
