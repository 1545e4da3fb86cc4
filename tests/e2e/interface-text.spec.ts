import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { Parser } from 'htmlparser2';
import { buildDir } from '../support/site';

/*
 * What every built page says, read from disk (no browser): no emoji or
 * pictographic glyph anywhere in the interface (a phone without an emoji font
 * shows an empty box; icons are inline SVG from src/components/icons/Icon.astro),
 * and no empty heading or link, even among the parts a script fills in later.
 * Lesson content is checked too: editors write words, not symbols.
 */

// Emoji and pictographs, the dingbats, arrows, geometric shapes and technical
// symbols a phone's text font may lack, and the emoji variation selector.
// Below U+2100 only letters and punctuation every font has (©, ®).
const PICTOGRAPH = /[\p{Extended_Pictographic}\u2190-\u21FF\u2300-\u23FF\u25A0-\u25FF\u2600-\u27BF\u27F0-\u27FF\u2900-\u297F\u2B00-\u2BFF\u{1F000}-\u{1FAFF}\uFE0F]/u;
const pictographs = (text: string) => [...text].filter((char) => (char.codePointAt(0) ?? 0) >= 0x2100 && PICTOGRAPH.test(char));

// Attributes whose words reach a person: shown, read by a screen reader, or put on screen by a script.
const SPOKEN = /^(alt|title|aria-label|aria-description|placeholder|value|content|label|data-.*)$/;

const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !join(entry.parentPath, entry.name).includes(`${dir}/quan-tri/`))
    .map((entry) => join(entry.parentPath, entry.name));

interface Finding {
  glyphs: string[];
  empty: string[];
}

function read(html: string): Finding {
  const glyphs: string[] = [];
  const empty: string[] = [];
  let skip = 0; // inside <script> or <style>
  // Open headings and links, with the words found inside so far.
  const open: { tag: string; words: string; html: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' || name === 'style') skip += 1;
        for (const [attribute, value] of Object.entries(attributes)) {
          if (SPOKEN.test(attribute)) glyphs.push(...pictographs(value).map((glyph) => `${glyph} in ${name}[${attribute}]`));
        }
        const named = attributes['aria-label'] ?? attributes['alt'] ?? attributes['title'] ?? '';
        for (const element of open) element.words += named;
        if (/^h[1-6]$/.test(name) || name === 'a') {
          if (name === 'a' && attributes['href'] === '') empty.push(`<a href=""> (${JSON.stringify(attributes)})`);
          open.push({ tag: name, words: named, html: `<${name} ${Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(' ')}>` });
        }
      },
      ontext(text) {
        if (skip) return;
        glyphs.push(...pictographs(text).map((glyph) => `${glyph} in "${text.trim().slice(0, 60)}"`));
        for (const element of open) element.words += text;
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skip -= 1;
        if (/^h[1-6]$/.test(name) || name === 'a') {
          const element = open.pop();
          if (element && !element.words.trim()) empty.push(`empty ${element.html}`);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { glyphs, empty };
}

test('no page shows an emoji or pictographic glyph, and no heading or link is empty', async ({}, testInfo) => {
  const dir = buildDir(testInfo);
  const files = htmlFiles(dir);
  expect(files.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const file of files) {
    const page = relative(dir, file);
    const { glyphs, empty } = read(readFileSync(file, 'utf8'));
    for (const glyph of glyphs) problems.push(`${page}: ${glyph}`);
    for (const element of empty) problems.push(`${page}: ${element}`);
  }
  expect(problems).toEqual([]);
});

test('the scripts and interface strings hold no emoji or pictographic glyph either', () => {
  // What scripts write on screen comes from these files (and from data attributes, checked above).
  const files = ['src/strings', 'src/browser', 'src/components', 'src/layouts', 'src/lib'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  expect(files.length).toBeGreaterThan(50);
  const problems = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => pictographs(line).map((glyph) => `${file}:${index + 1}: ${glyph}`)),
  );
  expect(problems).toEqual([]);
});

test('the checks above catch what they look for', () => {
  const caught = read('<h2 id="a"></h2><p>Mẹo 💡 và ⚠️ rồi → tiếp</p><a href="">x</a><a href="/a/"></a><button aria-label="Bấm 👉">OK</button><h3><img alt="Ảnh"></h3><p>© 2026 – “Bình dân học vụ số”</p>');
  expect(caught.glyphs.map((glyph) => glyph.slice(0, 2).trim())).toEqual(['💡', '⚠', '\uFE0F', '→', '👉']);
  expect(caught.empty).toEqual([expect.stringMatching(/^empty <h2/), expect.stringMatching(/^<a href="">/), expect.stringMatching(/^empty <a href="\/a\/"/)]);
});
