import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes';

/*
 * Every path of the site is named in src/lib/routes.ts and nowhere else in
 * src/: a literal like '/khoa-hoc/' or `${base}tai-lieu/` elsewhere is a
 * second name that a renamed page would leave behind. The sections come from
 * routes.ts itself, so a new section is guarded as soon as it is named.
 */

/** The first segment of every path routes.ts names ("khoa-hoc", "sw.js", "_astro"…). */
const SECTIONS = [
  ...new Set(
    Object.entries(routes)
      .map(([name, value]) => (typeof value === 'string' ? value : name === 'listPage' ? '' : (value as (id: string) => string)('x')))
      .map((path) => path.split(/[/?]/)[0] ?? '')
      .filter(Boolean),
  ),
];

/** Literals that look like a path but are not one, each with why it stays. */
const ALLOWED: { file: string; literal: string; why: string }[] = [
  { file: 'src/lib/search/facets.ts', literal: "'thuc-hanh'", why: 'a value of the search page’s type filter (?loai=), not a path' },
  { file: 'src/lib/search/facets.ts', literal: "'lich-hoc'", why: 'a value of the search page’s type filter (?loai=), not a path' },
  { file: 'src/lib/search/facets.ts', literal: "'tin-tuc'", why: 'a value of the search page’s type filter (?loai=), not a path' },
  { file: 'src/lib/cms/config.ts', literal: "'tin-tuc'", why: 'a collection name and media folder in the content manager, kept by its saved files' },
  { file: 'src/lib/cms/config.ts', literal: "'lich-hoc'", why: 'a collection name in the content manager' },
  { file: 'src/lib/cms/config.ts', literal: "'khoa-hoc'", why: 'a collection name in the content manager' },
  { file: 'src/lib/cms/config.ts', literal: "'lo-trinh'", why: 'a collection name in the content manager' },
  { file: 'src/lib/content/news-schema.ts', literal: "'tin-tuc/", why: 'a picture in content/wards/mau/media/tin-tuc/, not a page' },
  { file: 'src/lib/cms/labels.ts', literal: '"tin-tuc/', why: 'an example picture path (content/wards/mau/media/tin-tuc/) in an editor’s hint' },
  { file: 'src/components/search/SearchForm.astro', literal: "'tim-kiem'", why: 'the search box’s element id' },
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** Code without comments and import lines (a package may share a section's name: 'pagefind'). */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\s\/\/ .*$/gm, '')
    .replace(/^\s*(import|export) .* from '[^']*';$/gm, '')
    .replace(/^\s*import '[^']*';$/gm, '');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A string or template literal, or a regular expression ("\/khoa-hoc\/").
const LITERAL = new RegExp(`(['"\`]/?|\\}/?|\\\\/)(?:${SECTIONS.map(escape).join('|')})(?=/|\\\\/|['"\`?]|\\$\\{)`, 'g');

/** Every path-like literal of a source file, as "file: literal…". */
export function pathLiterals(file: string, text: string): string[] {
  const found: string[] = [];
  const source = code(text);
  for (const match of source.matchAll(LITERAL)) {
    // The literal with the character after it: "'tin-tuc/" or "'tin-tuc'".
    const shown = source.slice(match.index, match.index + match[0].length + 1);
    if (ALLOWED.some((allowed) => allowed.file === file && shown.startsWith(allowed.literal))) continue;
    found.push(`${file}: ${shown}`);
  }
  return found;
}

describe('paths are named only in src/lib/routes.ts', () => {
  it('knows the sections of the site', () => {
    expect(SECTIONS).toEqual(expect.arrayContaining(['khoa-hoc', 'tai-lieu', 'tin-tuc', 'lich-hoc', 'thuc-hanh', 'phong-trao', 'sw.js', 'pagefind', '_astro']));
  });

  it.each([
    ["<a href={withBase('tin-tuc/')}>", true],
    ["{ label: t('nav.materials'), href: '/tai-lieu/' }", true],
    ['new RegExp(`^${base}khoa-hoc/[^/]+/$`)', true],
    ["register(`${base}sw.js`)", true],
    ['<a href="/tro-nang/">', true],
    ["url.pathname.startsWith(BASE + 'pagefind/')", true],
    ['/\\/_astro\\/[^/]+\\.js$/.test(name)', true],
    ["href={href(routes.materials)}", false],
    ['<section aria-labelledby="khoa-hoc-lien-quan">', false],
    ["// the list of /khoa-hoc/ pages", false],
    ["import * as pagefind from 'pagefind';", false],
  ])('finds a path in %j: %s', (line, expected) => {
    expect(pathLiterals('src/x.ts', line).length > 0).toBe(expected);
  });

  it('finds none outside routes.ts', () => {
    const files = [...sources('src'), 'astro.config.mjs'].filter((file) => file !== join('src', 'lib', 'routes.ts'));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => pathLiterals(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('allows only literals that are still there', () => {
    const unused = ALLOWED.filter(({ file, literal }) => !code(readFileSync(file, 'utf8')).includes(literal));
    expect(unused).toEqual([]);
  });
});
