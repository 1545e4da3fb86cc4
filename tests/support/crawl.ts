import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { Parser } from 'htmlparser2';
import ts from 'typescript';

/*
 * A link check of a build, read from disk: every URL a page, feed, calendar,
 * sitemap, stylesheet, manifest or the service worker names is resolved
 * against the deployed address (origin + base) and must stay under the base
 * and name a file of the build. URLs of other origins are only collected.
 */

/** Where a URL was found: the file (relative to the build) and what carried it. */
export interface Reference {
  file: string;
  /** "a[href]", "sitemap <loc>", "sw.js string"… */
  where: string;
  url: string;
  /** The address the URL is resolved against. */
  against: string;
}

export interface Site {
  /** The build folder, e.g. dist-subpath. */
  dir: string;
  /** The deployed origin, e.g. https://anbinh.example.gov.vn. */
  origin: string;
  /** The base path, "/" or "/binh-dan-hoc-vu-so/". */
  base: string;
  /**
   * Addresses outside the build that pages may name although they share its
   * origin: the ward portal's home page (ward.yaml portalUrl), which hosts the site.
   */
  allowed?: string[];
}

export interface Report {
  checked: number;
  problems: string[];
  external: Set<string>;
}

/** Every file of the build, as paths relative to its folder with "/" separators. */
export function buildFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => statSync(join(dir, path)).isFile());
}

/** The address a built file is served at: "khoa-hoc/index.html" → https://…/base/khoa-hoc/. */
function addressOf(site: Site, file: string): string {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(site.base + path, site.origin).href;
}

/* HTML: which attribute of which element holds a URL (or a srcset list). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  script: ['src'],
  form: ['action'],
  button: ['formaction'],
  input: ['formaction'],
  object: ['data'],
  embed: ['src'],
};
const SRCSET_ELEMENTS = new Set(['img', 'source']);
const META_URLS = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'og:video', 'og:audio', 'twitter:image', 'twitter:url']);

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Every string in parsed JSON-LD that is an absolute http(s) URL. */
function jsonUrls(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(jsonUrls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonUrls);
  return [];
}

export interface Page {
  ids: Set<string>;
  references: Reference[];
  /** Problems found while reading the page itself (an iframe, JSON-LD that does not parse). */
  problems: string[];
}

/** Reads one HTML file: the ids it holds and every URL it names. */
export function readPage(site: Site, file: string, html: string): Page {
  const against = addressOf(site, file);
  const page: Page = { ids: new Set(), references: [], problems: [] };
  const add = (where: string, url: string) => page.references.push({ file, where, url, against });
  let jsonLd: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const id = attributes['id'];
        if (id) page.ids.add(id);
        if (name === 'a' && attributes['name']) page.ids.add(attributes['name']);
        if (name === 'iframe') page.problems.push(`${file}: <iframe src="${attributes['src'] ?? ''}"> → no page embeds another`);
        if (name === 'base') page.problems.push(`${file}: <base href="${attributes['href'] ?? ''}"> → would move every relative URL`);
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) add(`${name}[${attribute}]`, value);
        }
        if (SRCSET_ELEMENTS.has(name) && attributes['srcset']) {
          for (const url of srcsetUrls(attributes['srcset'])) add(`${name}[srcset]`, url);
        }
        if (name === 'link' && attributes['imagesrcset']) {
          for (const url of srcsetUrls(attributes['imagesrcset'])) add('link[imagesrcset]', url);
        }
        if (name === 'meta') {
          const key = attributes['property'] ?? attributes['name'] ?? '';
          if (META_URLS.has(key) && attributes['content'] !== undefined) add(`meta[${key}]`, attributes['content']);
        }
        if (name === 'script' && attributes['type'] === 'application/ld+json') jsonLd = '';
      },
      ontext(text) {
        if (jsonLd !== undefined) jsonLd += text;
      },
      onclosetag(name) {
        if (name !== 'script' || jsonLd === undefined) return;
        try {
          for (const url of jsonUrls(JSON.parse(jsonLd))) add('JSON-LD', url);
        } catch {
          page.problems.push(`${file}: JSON-LD → does not parse`);
        }
        jsonLd = undefined;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return page;
}

/** The URLs a sitemap, feed or other XML file names in <loc>, <link>, <guid> and url/href attributes. */
export function readXml(site: Site, file: string, xml: string): Reference[] {
  const against = addressOf(site, file);
  const references: Reference[] = [];
  let element: string | undefined;
  let text = '';
  let permaLink = true;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        element = name;
        text = '';
        permaLink = (attributes['isPermaLink'] ?? attributes['ispermalink']) !== 'false';
        for (const attribute of ['url', 'href']) {
          const value = attributes[attribute];
          if (value !== undefined) references.push({ file, where: `<${name} ${attribute}>`, url: value, against });
        }
      },
      ontext(chunk) {
        text += chunk;
      },
      onclosetag(name) {
        const isUrl = name === 'loc' || name.endsWith(':loc') || name === 'link' || name === 'url' || (name === 'guid' && permaLink);
        if (name === element && isUrl && text.trim()) references.push({ file, where: `<${name}>`, url: text.trim(), against });
        element = undefined;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return references;
}

/** The URLs of an iCalendar file: its URL properties and any http(s) address in its text. */
export function readIcs(site: Site, file: string, ics: string): Reference[] {
  const against = addressOf(site, file);
  // Long lines are folded: a line break followed by a space or a tab continues the line.
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const urls = new Set<string>();
  for (const line of unfolded.split(/\r?\n/)) {
    const property = /^(URL|ATTACH)[;:]/i.exec(line);
    if (property) urls.add(line.slice(line.indexOf(':', property[0].length - 1) + 1));
    for (const match of line.matchAll(/https?:\/\/[^\s\\,;"<>]+/g)) urls.add(match[0]);
  }
  return [...urls].map((url) => ({ file, where: 'iCalendar', url, against }));
}

/**
 * Every quoted string in the service worker that starts with the base: the
 * pages and files it stores or serves (whatever lists it keeps).
 */
export function readServiceWorker(site: Site, file: string, code: string): Reference[] {
  const against = addressOf(site, file);
  const references: Reference[] = [];
  // TypeScript's parser tells strings from regular expressions and comments.
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const value = node.text;
      if (value.startsWith(site.base) && !value.startsWith('//')) references.push({ file, where: 'sw.js string', url: value, against });
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS));
  return references;
}

/** The URLs in a stylesheet's url(…). */
export function readCss(site: Site, file: string, css: string): Reference[] {
  const against = addressOf(site, file);
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^\s"')]+))\s*\)/g)].map((match) => ({
    file,
    where: 'css url()',
    url: match[1] ?? match[2] ?? match[3] ?? '',
    against,
  }));
}

/** The web app manifest's start_url, scope and icons. */
export function readManifest(site: Site, file: string, json: string): Reference[] {
  const against = addressOf(site, file);
  const manifest = JSON.parse(json) as { start_url?: string; scope?: string; icons?: { src: string }[]; screenshots?: { src: string }[] };
  const urls = [manifest.start_url, manifest.scope, ...(manifest.icons ?? []).map((icon) => icon.src), ...(manifest.screenshots ?? []).map((shot) => shot.src)];
  return urls.filter((url): url is string => url !== undefined).map((url) => ({ file, where: 'manifest', url, against }));
}

/** robots.txt's Sitemap lines. */
export function readRobots(site: Site, file: string, text: string): Reference[] {
  const against = addressOf(site, file);
  return [...text.matchAll(/^sitemap:\s*(\S+)/gim)].map((match) => ({ file, where: 'robots.txt Sitemap', url: match[1] ?? '', against }));
}

interface CheckOptions {
  /** Ids of each HTML file of the build, to check #fragments; absent files are read on demand. */
  ids: Map<string, Set<string>>;
  /** A path ending in "/" may name a folder without an index.html (the service worker's prefixes). */
  folders?: boolean;
}

/**
 * Checks references against the build. Returns the problems, one line each
 * ("file: where url → why"), and adds URLs of other origins to `external`.
 */
function checkReferences(site: Site, references: Reference[], options: CheckOptions, external: Set<string>): string[] {
  const problems: string[] = [];
  for (const reference of references) {
    const why = problemOf(site, reference, options, external);
    if (why) problems.push(`${reference.file}: ${reference.where} ${JSON.stringify(reference.url)} → ${why}`);
  }
  return problems;
}

function problemOf(site: Site, reference: Reference, options: CheckOptions, external: Set<string>): string | undefined {
  let url: URL;
  try {
    url = new URL(reference.url, reference.against);
  } catch {
    return 'not a URL';
  }
  if (url.protocol === 'mailto:' || url.protocol === 'tel:' || url.protocol === 'data:' || url.protocol === 'sms:') return undefined;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${url.protocol} URL`;
  const allowed = (site.allowed ?? []).some((address) => new URL(address).href === url.href);
  if (url.origin !== site.origin) {
    external.add(url.href);
    return undefined;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return 'badly encoded path';
  }
  if (!pathname.startsWith(site.base)) {
    if (!allowed) return `leaves the base ${site.base}`;
    external.add(url.href);
    return undefined;
  }
  const path = posix.normalize(pathname.slice(site.base.length));
  if (path.startsWith('..')) return `leaves the base ${site.base}`;
  const relative = path === '.' ? '' : path;
  const target = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  const full = join(site.dir, target);
  if (!existsSync(full) || !statSync(full).isFile()) {
    const folder = join(site.dir, relative);
    if (options.folders && relative.endsWith('/') && existsSync(folder) && statSync(folder).isDirectory()) return undefined;
    return existsSync(join(site.dir, relative, 'index.html')) ? 'names a folder without its trailing "/"' : 'no such file in the build';
  }
  const fragment = url.hash.slice(1);
  if (fragment && target.endsWith('.html')) {
    let ids = options.ids.get(target);
    if (!ids) {
      ids = readPage(site, target, readFileSync(full, 'utf8')).ids;
      options.ids.set(target, ids);
    }
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      return 'badly encoded #fragment';
    }
    if (!ids.has(id)) return `no element with id "${id}" on ${target}`;
  }
  return undefined;
}

/** Checks every HTML page of a build. */
export function crawlPages(site: Site, files: string[]): Report {
  const pages = files.filter((file) => file.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const read = pages.map((file) => {
    const page = readPage(site, file, readFileSync(join(site.dir, file), 'utf8'));
    ids.set(file, page.ids);
    return page;
  });
  const external = new Set<string>();
  const problems: string[] = [];
  let checked = 0;
  for (const page of read) {
    problems.push(...page.problems, ...checkReferences(site, page.references, { ids }, external));
    checked += page.references.length;
  }
  return { checked, problems, external };
}

/** Checks references read from the build's other files by `reader`. */
export function crawlFiles(
  site: Site,
  files: string[],
  reader: (site: Site, file: string, text: string) => Reference[],
  options: { folders?: boolean } = {},
): Report {
  const references = files.flatMap((file) => reader(site, file, readFileSync(join(site.dir, file), 'utf8')));
  const external = new Set<string>();
  const problems = checkReferences(site, references, { ids: new Map(), ...options }, external);
  return { checked: references.length, problems, external };
}
