import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import { readPage } from '../support/crawl';

/*
 * Broken content must stop the real build with the editor's message. Each
 * case in tests/fixtures/lessons/ holds only the broken file; it is laid over
 * the valid base/ in a temporary folder. Builds run one at a time: they share
 * Astro's generated files.
 */
const scratch = mkdtempSync(join(tmpdir(), 'hvs-build-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Vitest sets these in process.env; Astro would read them back as import.meta.env
// (BASE_URL "/" whatever HVS_BASE says), so builds run without them.
const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...buildEnv } = process.env;

function build(contentDir: string, env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...buildEnv, HVS_CONTENT_DIR: contentDir, HVS_OUT_DIR: join(scratch, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function buildCase(name: string) {
  const dir = join(scratch, name);
  cpSync('tests/fixtures/lessons/base', dir, { recursive: true });
  // The plan's data files are the portal's own; cases that break them overlay their copy.
  cpSync('content/plan', join(dir, 'plan'), { recursive: true });
  cpSync(`tests/fixtures/lessons/${name}`, dir, { recursive: true });
  return build(dir);
}

describe('astro build with broken content', () => {
  it('fails on a broken ward file, naming the file, the field and the fix', () => {
    const { status, output } = build('tests/fixtures/broken-ward/missing-phone');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/broken-ward/missing-phone/site/ward.yaml');
    expect(output).toContain('"office.phone"');
    expect(output).toContain('Ghi số điện thoại');
  });

  it.each([
    ['missing-title', 'bai-mau.mdx', ['title', 'bị thiếu', 'title: Trả tiền bằng mã QR']],
    ['unknown-course', 'bai-mau.mdx', ['"course"', 'không có khóa học "khoa-khong-co"', 'khoa-mau']],
    ['duplicate-order', 'bai-hai.mdx', ['"order"', 'trùng với bài', 'bai-mau.mdx']],
    ['image-without-alt', 'bai-mau.mdx', ['<Figure src="khoa-mau/anh.svg">', 'thiếu alt']],
    ['cover-without-alt', 'bai-mau.mdx', ['cover.alt', 'bị thiếu', 'alt: Hình vẽ']],
    ['video-without-captions', 'bai-mau.mdx', ['<Video src="khoa-mau/video.mp4">', 'thiếu phụ đề', 'WebVTT']],
    ['video-without-transcript', 'bai-mau.mdx', ['<Video src="khoa-mau/video.mp4">', 'thiếu bản chữ']],
    ['source-not-https', 'bai-mau.mdx', ['sources.0.url', 'https://']],
    ['quiz-answer-not-in-options', 'bai-mau.mdx', ['quiz.0.answer', '"Sửa lỗi" không có trong options']],
    ['news-missing-cover', 'news/tin-mau.mdx', ['"cover.src"', 'không tìm thấy tệp content/media/khoa-mau/khong-co-anh-nay.svg']],
    ['event-end-before-start', 'events/lop-mau.mdx', ['end', 'phải sau giờ bắt đầu (2026-12-05 10:30)']],
    ['plan-missing-lead', 'plan/nhiem-vu.yaml', ['"tasks.0.lead"', 'bị thiếu', 'Chép cơ quan chủ trì']],
    ['practice-missing-hint', 'practice/bai-tap.yaml', ['steps.0.hint', 'bị thiếu', 'Ghi lời nhắc khi bấm sai']],
    // Written by the content manager (/quan-tri/), then its publisher removed: the same message as by hand.
    ['cms-news-missing-publisher', 'news/tin-tu-quan-tri.mdx', ['publisher', 'bị thiếu', 'Ghi đơn vị đưa tin']],
  ])('fails on %s, naming %s, the field and the fix', (name, file, fragments) => {
    const { status, output } = buildCase(name);
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    for (const fragment of fragments) expect(output).toContain(fragment);
  });
});

describe('astro build with what the content manager writes', () => {
  // tests/fixtures/cms/written/ holds a news item and a lesson saved from /quan-tri/ in
  // its local mode, with the pictures it uploaded (a PNG it turned into WebP), unchanged
  // but for the lesson's course (moved into the base fixture's course).
  it('builds them and renders the news item and the lesson with their pictures', () => {
    const dir = join(scratch, 'cms-written');
    // The portal's own data files (plan, search words, glossary), then the base course and ward, then the manager's files.
    for (const folder of ['plan', 'search', 'site']) cpSync(join('content', folder), join(dir, folder), { recursive: true });
    cpSync('tests/fixtures/lessons/base', dir, { recursive: true });
    cpSync('tests/fixtures/cms/written', dir, { recursive: true });
    const { status, output } = build(dir);
    expect(output).not.toContain('[ERROR]');
    expect(status).toBe(0);
    const page = (path: string) => readFileSync(join(scratch, 'dist', path, 'index.html'), 'utf8');

    const news = page('tin-tuc/lop-hoc-dung-vneid-cho-nguoi-cao-tuoi-to-dan-pho-so-5');
    expect(news).toContain('<h1');
    expect(news).toContain('Lớp học dùng VNeID cho người cao tuổi tổ dân phố số 5');
    expect(news).toMatch(/<img [^>]*alt="Hình vẽ điện thoại mở ứng dụng VNeID\."/);
    expect(news).toContain('Mang theo gì?');
    expect(existsSync(join(scratch, 'dist', 'tin-tuc', 'anh', 'lop-hoc-dung-vneid-cho-nguoi-cao-tuoi-to-dan-pho-so-5.png'))).toBe(true);

    const lesson = page('khoa-hoc/khoa-mau/chup-anh-man-hinh-dien-thoai');
    expect(lesson).toContain('Chụp ảnh màn hình điện thoại');
    expect(lesson).toMatch(/<img [^>]*alt="Hình vẽ điện thoại, hai nút bên cạnh được tô màu\."/);
    expect(lesson).toMatch(/<ol[^>]*>[\s\S]*Mở màn hình bạn muốn chụp\.[\s\S]*<\/ol>/);
    expect(lesson).toContain('Ảnh vừa chụp nằm trong <strong>Thư viện ảnh</strong>.');
  });
});

describe('astro build of text that looks like markup, under a sub-path', () => {
  // tests/fixtures/json-ld/: a news item, an event and a lesson whose titles hold
  // "</script><img …>", and bodies with links written from the site's root.
  it('keeps every title inside its JSON-LD, shows it as text, and puts the base before links in bodies', () => {
    const dir = join(scratch, 'json-ld');
    for (const folder of ['plan', 'search', 'site']) cpSync(join('content', folder), join(dir, folder), { recursive: true });
    cpSync('tests/fixtures/lessons/base', dir, { recursive: true });
    cpSync('tests/fixtures/json-ld', dir, { recursive: true });
    const base = '/binh-dan-hoc-vu-so/';
    const { status, output } = build(dir, { HVS_BASE: base });
    expect(output).not.toContain('[ERROR]');
    expect(status).toBe(0);
    const read = (path: string) => readFileSync(join(scratch, 'dist', path, 'index.html'), 'utf8');

    for (const [path, property, title] of [
      ['tin-tuc/tin-co-the-script', 'headline', 'Cảnh giác thẻ </script><img src=x onerror=alert(1)> giả'],
      ['lich-hoc/lop-co-the-script', 'name', 'Lớp </script><img src=x onerror=alert(1)> học'],
      ['khoa-hoc/khoa-mau/bai-hai', 'name', 'Bài </script><img src=x onerror=alert(1)> hai'],
    ] as const) {
      const document = parseDocument(read(path));
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
      const hrefs = readPage(site, `${path}/index.html`, read(path)).references.map((reference) => reference.url);
      expect(hrefs.filter((href) => href.startsWith('/') && !href.startsWith(base)), path).toEqual([]);
    }
    const lesson = read('khoa-hoc/khoa-mau/bai-hai');
    for (const href of ['/binh-dan-hoc-vu-so/khoa-hoc/khoa-mau/bai-mau/', '/binh-dan-hoc-vu-so/khoa-hoc/khoa-mau/', '/binh-dan-hoc-vu-so/tro-nang/', '/binh-dan-hoc-vu-so/tin-tuc/']) {
      expect(lesson).toContain(`href="${href}"`);
    }
    expect(read('tai-lieu/so-tay/khoa-mau')).toContain('href="/binh-dan-hoc-vu-so/tro-nang/"');
  });
});
