import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS, editor, prepareBase } from '../support/bad-input.ts';

/*
 * Broken content must stop the real build with the editor's message. Every
 * kind in tests/support/bad-input.ts is checked against the content check in
 * tests/unit/bad-input.test.ts; the build runs that same check before it reads
 * any content, and these cases show it does, for each sort of rule. Builds run
 * one at a time: they share Astro's generated files.
 */
const scratch = mkdtempSync(join(tmpdir(), 'hvs-build-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(contentDir: string) {
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, HVS_CONTENT_DIR: contentDir, HVS_OUT_DIR: join(scratch, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', HVS_SECRET_PROBE: 'probe-value-123' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build with broken content', () => {
  it.each([
    // A schema rule, a date that names no day, MDX that would run code, a file the loaders would skip,
    // a cross-file rule, a YAML data file and a picture too large.
    'lesson-missing-title',
    'lesson-impossible-date',
    'body-expression',
    'lesson-saved-as-md',
    'path-unknown-lesson',
    'ward-missing-phone',
    'media-huge-photo',
  ])('stops on %s with the same message as the content check', async (id) => {
    const input = BAD_INPUTS.find((candidate) => candidate.id === id);
    if (!input) throw new Error(`No case ${id}`);
    const dir = join(scratch, id);
    prepareBase(dir);
    await input.apply(editor(dir));
    rmSync(join(scratch, 'dist'), { recursive: true, force: true });
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(input.file);
    for (const fragment of input.says) expect(output).toContain(fragment);
    // Nothing was written: no page carries a value from the build machine.
    expect(existsSync(join(scratch, 'dist', 'index.html'))).toBe(false);
    expect(output).not.toContain('probe-value-123');
  });

  it('builds the base fixture', () => {
    const dir = join(scratch, 'base');
    prepareBase(dir);
    const { status, output } = build(dir);
    expect(output).not.toContain('[ERROR]');
    expect(status).toBe(0);
    expect(readFileSync(join(scratch, 'dist', 'khoa-hoc', 'khoa-mau', 'bai-mau', 'index.html'), 'utf8')).toContain('Bài mẫu');
  });
});

describe('astro build with what the content manager writes', () => {
  // tests/fixtures/cms/written/ holds a news item and a lesson saved from /quan-tri/ in
  // its local mode, with the pictures it uploaded (a PNG it turned into WebP), as the
  // manager wrote them but for the lesson's course (moved into the base fixture's course)
  // and the two quiz questions and the <Remember> box every lesson needs.
  it('builds them and renders the news item and the lesson with their pictures', async () => {
    const dir = join(scratch, 'cms-written');
    // The portal's own data files (plan, search words, glossary), then the base course and ward, then the manager's files.
    prepareBase(dir);
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
});
