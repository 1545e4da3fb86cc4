import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MANAGER_DIR } from '../../src/lib/cms/where.ts';

/** Bytes on the wire after gzip for one page: HTML plus the CSS, JS and fonts it loads at once. */
export interface PageWeight {
  /** Site path, e.g. "/khoa-hoc/". */
  path: string;
  html: number;
  css: number;
  /** The scripts that run at load: external ones with what they import, and the inline ones (which the HTML figure already holds). */
  js: number;
  /** Script files fetched at load: those the page names and those they import statically. */
  scripts: number;
  fonts: number;
  total: number;
}

/** Budgets from the foundation issue, in bytes after gzip (images apart). */
export const BUDGET = { total: 40 * 1024, js: 10 * 1024 };

/** A lesson's own budget (issue 18): its JavaScript at load, in at most this many files. */
export const LESSON_BUDGET = { js: 3 * 1024, scripts: 2 };

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Not residents' pages: Pagefind's files, and the editors' content manager (its page alone carries a large script). */
const NOT_PAGES = new Set(['pagefind', MANAGER_DIR]);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return NOT_PAGES.has(name) ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const captures = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1] ?? '');

// Static imports in a built module (import{a}from"./x.js", import"./x.js", export{a}from"./x.js"); an
// import() is not one: it loads later, when its code is first used.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:\{[^}]*\}\s*from\s*|\*\s*as\s*[\w$]+\s*from\s*|[\w$]+\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * The script files a page fetches at load, as paths in `outDir`: each <script src> and, transitively,
 * the modules it imports statically. Dynamic imports are left out: they are later requests.
 */
export function scriptsAtLoad(html: string, outDir: string, base = '/'): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const href of captures(readFileSync(file, 'utf8'), STATIC_IMPORT)) visit(join(dirname(file), href));
  };
  for (const href of captures(html, /<script[^>]+src="([^"]+)"/g)) visit(join(outDir, href.startsWith(base) ? href.slice(base.length) : href));
  return [...files];
}

/** Weighs every HTML page in a built site; `base` is the deployment's base path. */
export function weighSite(outDir: string, base = '/'): PageWeight[] {
  const asset = (href: string) => join(outDir, href.startsWith(base) ? href.slice(base.length) : href);
  return htmlFiles(outDir).map((file) => {
    const html = readFileSync(file, 'utf8');
    const styles = captures(html, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g).map((href) => readFileSync(asset(href), 'utf8'));
    const scripts = scriptsAtLoad(html, outDir, base).map((file) => readFileSync(file));
    // Structured data (JSON-LD) sits in a script element but is not code.
    const inline = captures(html, /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g).join('\n');
    const fonts = styles
      .flatMap((css) => captures(css, /url\(["']?([^"')]+\.woff2?)["']?\)/g))
      .reduce((sum, href) => sum + statSync(asset(href)).size, 0);
    const htmlBytes = gz(html);
    const css = styles.reduce((sum, text) => sum + gz(text), 0);
    const externalJs = scripts.reduce((sum, data) => sum + gz(data), 0);
    const path = `/${relative(outDir, file).replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
    return {
      path,
      html: htmlBytes,
      css,
      js: externalJs + (inline ? gz(inline) : 0),
      scripts: scripts.length,
      fonts,
      total: htmlBytes + css + externalJs + fonts,
    };
  });
}
