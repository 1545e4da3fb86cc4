import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS, editor, prepareBase } from '../support/bad-input.ts';
import { readPage } from '../support/crawl';

/*
 * Broken content must stop the real build with the editor's message. Every
 * kind in tests/support/bad-input.ts is checked against the content check in
 * tests/unit/bad-input.test.ts; the build runs that same check before it reads
 * any content, and these cases show it does, for each sort of rule. Builds run
 * one at a time: they share Astro's generated files.
 */
const scratch = mkdtempSync(join(tmpdir(), 'hvs-build-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Vitest sets these in process.env; Astro would read them back as import.meta.env
// (BASE_URL "/" whatever HVS_BASE says), so builds run without them.
const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...buildEnv } = process.env;

function fail(message: string): never {
  throw new Error(message);
}

function build(contentDir: string, env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...buildEnv, HVS_CONTENT_DIR: contentDir, HVS_OUT_DIR: join(scratch, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', HVS_SECRET_PROBE: 'probe-value-123', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build with broken content', () => {
  // One build per way an error reaches the editor. The content check, run first in the
  // build, reports every problem at once: one build holds a case of each sort of its rules
  // (a schema rule, a date that names no day, MDX that would run code, a cross-file rule, a
  // picture too large). The ward file is read earlier, by astro.config.mjs, and stops the
  // build alone. A file the loaders would skip gets a build of its own (renaming the lesson
  // would hide its other cases). Each case alone, and every other kind, is checked in
  // bad-input.test.ts through the same check.
  it.each([
    [['lesson-missing-title', 'lesson-impossible-date', 'body-expression', 'path-unknown-lesson', 'media-huge-photo']],
    [['ward-missing-phone']],
    [['lesson-saved-as-md']],
  ])('stops on %j with the same messages as the content check', async (ids) => {
    const dir = join(scratch, ids.join('+'));
    prepareBase(dir);
    const inputs = ids.map((id) => BAD_INPUTS.find((candidate) => candidate.id === id) ?? fail(`No case ${id}`));
    for (const input of inputs) await input.apply(editor(dir));
    rmSync(join(scratch, 'dist'), { recursive: true, force: true });
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    for (const input of inputs) {
      expect(output, input.id).toContain(input.file);
      for (const fragment of input.says) expect(output, input.id).toContain(fragment);
    }
    // Nothing was written: no page carries a value from the build machine.
    expect(existsSync(join(scratch, 'dist', 'index.html'))).toBe(false);
    expect(output).not.toContain('probe-value-123');
  });
});

describe('astro build of what editors and the manager write, under a sub-path', () => {
  // One build of the base fixture with, added to it: what the content manager wrote
  // (tests/fixtures/cms/written/: a news item and a lesson saved from /quan-tri/ in its
  // local mode, with the pictures it uploaded, a PNG it turned into WebP, as the manager
  // wrote them but for the lesson's course, moved into the base fixture's course, and the
  // quiz and <Remember> box every lesson needs); text that looks like markup
  // (tests/fixtures/json-ld/: a news item, an event and a lesson whose titles hold
  // "</script><img …>", bodies with links written from the site's root); and a lesson
  // body showing facts. The last case changes a fact and builds again.
  const base = '/binh-dan-hoc-vu-so/';
  const dir = join(scratch, 'written');
  const factsLesson = join(dir, 'courses', 'khoa-mau', 'bai-mau.mdx');
  const page = (path: string) => readFileSync(join(scratch, 'dist', path, 'index.html'), 'utf8');
  // The facts lesson's body, between its opening and the easy-read summary (the sources list links its pages).
  const factsBody = () => /class="hvs-lesson-body[\s\S]*?id="tom-tat-de-doc"/.exec(page('khoa-hoc/khoa-mau/bai-mau'))?.[0] ?? '';
  let first: { status: number | null; output: string } = { status: null, output: '' };

  beforeAll(() => {
    prepareBase(dir);
    cpSync('tests/fixtures/cms/written', dir, { recursive: true });
    cpSync('tests/fixtures/json-ld', dir, { recursive: true });
    const body = '\nGọi <Fact id="tong-dai-156" /> để báo. Vào <Fact id="cong-dich-vu-cong" />. Đến <Ward show="helpDesk" />.\n\n<IfScammed />\n';
    writeFileSync(factsLesson, readFileSync(factsLesson, 'utf8') + body);
    rmSync(join(scratch, 'dist'), { recursive: true, force: true });
    first = build(dir, { HVS_BASE: base });
  }, 360_000);

  it('builds, with no warning to bury the one that will matter', () => {
    expect(first.output).not.toContain('[ERROR]');
    // The site's own notes to whoever publishes it ([hvs:…], such as the robots.txt line for a sub-path) are meant to be read.
    expect(first.output.split('\n').filter((line) => line.includes('[WARN]') && !line.includes('[hvs:'))).toEqual([]);
    expect(first.status).toBe(0);
    expect(page('khoa-hoc/khoa-mau/bai-mau')).toContain('Bài mẫu');
  });

  it('renders the news item and the lesson the manager wrote, with their pictures', async () => {
    const news = page('tin-tuc/lop-hoc-dung-vneid-cho-nguoi-cao-tuoi-to-dan-pho-so-5');
    expect(news).toContain('<h1');
    expect(news).toContain('Lớp học dùng VNeID cho người cao tuổi tổ dân phố số 5');
    expect(news).toMatch(/<img [^>]*alt="Hình vẽ điện thoại mở ứng dụng VNeID\."/);
    expect(news).toContain('Mang theo gì?');
    expect(existsSync(join(scratch, 'dist', 'tin-tuc', 'anh', 'lop-hoc-dung-vneid-cho-nguoi-cao-tuoi-to-dan-pho-so-5.png'))).toBe(true);

    const lesson = page('khoa-hoc/khoa-mau/chup-anh-man-hinh-dien-thoai');
    expect(lesson).toContain('Chụp ảnh màn hình điện thoại');
    const cover = /<img [^>]*alt="Hình vẽ điện thoại, hai nút bên cạnh được tô màu\."[^>]*>/.exec(lesson)?.[0] ?? '';
    expect(cover).not.toBe('');
    // The 1600-pixel upload is shipped at the sizes the page shows it, never whole.
    const files = [...cover.matchAll(/\/(_astro\/[^\s",]+)/g)].map((match) => match[1] ?? '');
    expect(cover).toMatch(/srcset="[^"]+ 448w, [^"]+ 896w"/);
    const widths = await Promise.all(files.map(async (file) => (await sharp(join(scratch, 'dist', file)).metadata()).width));
    expect(Math.max(...widths)).toBeLessThanOrEqual(896);
    expect(lesson).toMatch(/<ol[^>]*>[\s\S]*Mở màn hình bạn muốn chụp\.[\s\S]*<\/ol>/);
    expect(lesson).toContain('Ảnh vừa chụp nằm trong <strong>Thư viện ảnh</strong>.');
  });

  it('renders Fact, Ward and IfScammed from the data files', () => {
    const html = factsBody();
    expect(html).toMatch(/<a href="tel:156"[^>]*>156<\/a>/);
    // A web address is text to read and type, never a link.
    expect(html).toMatch(/<strong data-fact="cong-dich-vu-cong">dichvucong\.gov\.vn<\/strong>/);
    expect(html).not.toMatch(/href="[^"]*dichvucong/);
    expect(html).toContain('Trung tâm Phục vụ hành chính công phường An Bình');
    expect(html).toContain('chế độ máy bay');
    expect(html).toMatch(/gọi <a href="tel:113"[^>]*>113<\/a>/);
  });

  it('keeps every title inside its JSON-LD, shows it as text, and puts the base before links in bodies', () => {
    for (const [path, property, title] of [
      ['tin-tuc/tin-co-the-script', 'headline', 'Cảnh giác thẻ </script><img src=x onerror=alert(1)> giả'],
      ['lich-hoc/lop-co-the-script', 'name', 'Lớp </script><img src=x onerror=alert(1)> học'],
      ['khoa-hoc/khoa-mau/bai-hai', 'name', 'Bài </script><img src=x onerror=alert(1)> hai'],
    ] as const) {
      const document = parseDocument(page(path));
      const scripts = DomUtils.getElementsByTagName('script', document).filter((script) => script.attribs['type'] === 'application/ld+json');
      expect(scripts, path).toHaveLength(1);
      expect(JSON.parse(DomUtils.textContent(scripts)), path).toMatchObject({ [property]: title });
      expect(DomUtils.getElementsByTagName('img', document).filter((img) => img.attribs['src'] === 'x' || 'onerror' in img.attribs), path).toEqual([]);
      expect(DomUtils.getElementsByTagName('script', document).filter((script) => DomUtils.textContent(script).includes('alert(')), path).toHaveLength(
        1,
      );
      expect(DomUtils.textContent(DomUtils.getElementsByTagName('h1', document)).trim(), path).toBe(title);
    }

    // The lesson, its course's booklet, the news item and the event: body links go under the base.
    const site = { dir: join(scratch, 'dist'), origin: 'https://example.vn', base };
    for (const path of ['khoa-hoc/khoa-mau/bai-hai', 'tai-lieu/so-tay/khoa-mau', 'tin-tuc/tin-co-the-script', 'lich-hoc/lop-co-the-script']) {
      const hrefs = readPage(site, `${path}/index.html`, page(path)).references.map((reference) => reference.url);
      expect(hrefs.filter((href) => href.startsWith('/') && !href.startsWith(base)), path).toEqual([]);
    }
    const lesson = page('khoa-hoc/khoa-mau/bai-hai');
    for (const href of ['/binh-dan-hoc-vu-so/khoa-hoc/khoa-mau/bai-mau/', '/binh-dan-hoc-vu-so/khoa-hoc/khoa-mau/', '/binh-dan-hoc-vu-so/tro-nang/', '/binh-dan-hoc-vu-so/tin-tuc/']) {
      expect(lesson).toContain(`href="${href}"`);
    }
    expect(page('tai-lieu/so-tay/khoa-mau')).toContain('href="/binh-dan-hoc-vu-so/tro-nang/"');
  });

  // Runs last: it builds again over the first build's output.
  it('follows a change to a fact', () => {
    const facts = join(dir, 'site', 'facts.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('value: "156"', 'value: "1569"'));
    const result = build(dir, { HVS_BASE: base });
    expect(result.status).toBe(0);
    const html = factsBody();
    expect(html).toMatch(/<a href="tel:1569"[^>]*>1569<\/a>/);
    expect(html).not.toContain('tel:156"');
  }, 360_000);
});
