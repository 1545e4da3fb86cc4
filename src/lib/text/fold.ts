/**
 * Folds Vietnamese text to one comparable form: NFC or NFD input, either
 * tone-mark style, capitals, "đ" and "Đ" all become plain lowercase ASCII
 * letters. Search (index and query) and slugs both use it.
 */
export function fold(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** What a slug (a file or page name) may be: lowercase letters without marks and digits, joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A URL slug: folded, words joined by single hyphens, only [a-z0-9-]. */
export function slugify(input: string): string {
  return fold(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
