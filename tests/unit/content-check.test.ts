import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editor, prepareBase, type Editor } from '../support/bad-input.ts';

/* npm run check:content, the command: its table, its warnings and its exit code. */
const scratch = mkdtempSync(join(tmpdir(), 'hvs-content-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function check(dir: string, ...args: string[]) {
  return checkWard(dir, undefined, ...args);
}

function checkWard(dir: string, ward: string | undefined, ...args: string[]) {
  const env = { ...process.env, ...(ward ? { HVS_WARD: ward } : {}) };
  const result = spawnSync(process.execPath, ['tools/check-content.ts', '--dir', dir, ...args], { encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

let counter = 0;
function checkAfter(change?: (edit: Editor) => void, ...args: string[]) {
  const dir = join(scratch, String((counter += 1)));
  prepareBase(dir);
  change?.(editor(dir));
  return check(dir, ...args);
}

const LESSON = 'courses/khoa-mau/bai-mau.mdx';

describe('npm run check:content', () => {
  it('passes the real content and prints the summary table', () => {
    const { status, output } = check('content');
    expect(output).toMatch(/\d+ tệp nội dung; \d+ bài, \d+ chữ, \d+ hình, \d+ câu hỏi; 0 lỗi/);
    expect(output).toContain('an-toan-tren-mang/cuoc-goi-gia-danh-cong-an');
    expect(status).toBe(0);
  });

  it('names a ward that does not exist (HVS_WARD), with the wards there are and how to start one', () => {
    const dir = join(scratch, 'no-ward');
    prepareBase(dir);
    const { status, output } = checkWard(dir, 'khong-co');
    expect(output).toContain('không có phường “khong-co”');
    expect(output).toContain('HVS_WARD');
    expect(output).toContain('npm run ward:new');
    expect(status).toBe(1);
  });

  it("checks the chosen ward's folder and leaves other wards' folders alone", () => {
    const dir = join(scratch, 'two-wards');
    prepareBase(dir);
    const edit = editor(dir);
    edit.write('wards/khac/ward.yaml', edit.read('wards/mau/ward.yaml'));
    // A broken news item in the other ward's folder: not this build's business.
    edit.write('wards/khac/news/tin-hong.mdx', '---\ntitle: Tin\n---\n');
    expect(checkWard(dir, 'mau').status).toBe(0);
    const other = checkWard(dir, 'khac');
    expect(other.output).toContain('wards/khac/news/tin-hong.mdx');
    expect(other.status).toBe(1);
  });

  it('passes the base fixture with no warning', () => {
    const { status, output } = checkAfter();
    expect(output).toContain('1 bài,');
    expect(output).toContain('0 lỗi, 0 chú ý');
    expect(status).toBe(0);
  });

  it.each([
    ['a source checked over a year ago', (e: Editor) => e.edit(LESSON, (t) => t.replace(/^lastChecked: .*/m, 'lastChecked: 2024-01-10')), 'hơn 6 tháng'],
    ['two actions in one step', (e: Editor) => e.edit(LESSON, (t) => t.replace('<Step>Mở tệp bài học.</Step>', '<Step>Mở tệp bài học và bấm nút lưu.</Step>')), 'Mỗi bước chỉ một việc'],
  ])('warns about %s without failing', (_name, change, fragment) => {
    const { status, output } = checkAfter(change);
    expect(output).toContain('CHÚ Ý');
    expect(output).toContain('bai-mau.mdx');
    expect(output).toContain(fragment);
    expect(status).toBe(0);
  });

  it('fails on an error, with the file, the line and the fix, and shows its line in the table', () => {
    const { status, output } = checkAfter((e) => e.edit(LESSON, (t) => `${t}\nXem [bài khác](/khoa-hoc/khoa-khong-co/bai/).\n`));
    expect(output).toMatch(/bai-mau\.mdx\n {2}LỖI {3}dòng \d+: đường link "\/khoa-hoc\/khoa-khong-co\/bai\/" không dẫn tới trang nào/);
    expect(output).toMatch(/khoa-mau\/bai-mau +\d+ +[\d.]+ +\d+ +\d+ +1\n/);
    expect(status).toBe(1);
  });

  it('takes links to every kind of page without a false alarm', () => {
    const links = ['/thuc-hanh/', '/thuc-hanh/nhan-biet-lua-dao/', '/thuc-hanh/bai-tap/', '/tai-lieu/', '/tai-lieu/so-tay/khoa-mau/', '/tin-tuc/tin-mau/', '/lich-hoc/lop-mau/', '/lich-hoc/lop-mau.ics', '/lo-trinh/moi-nguoi/', '/phong-trao/ke-hoach/', '/tin-tuc/rss.xml', '/khoa-hoc/khoa-mau/#bai-hoc', '../'];
    const { status, output } = checkAfter((e) => e.edit(LESSON, (t) => `${t}\n${links.map((link) => `[trang](${link})`).join(' ')}\n`));
    expect(output).toContain('0 lỗi');
    expect(status).toBe(0);
  });

  it('the real glossary refuses "Wi-Fi" written with a non-breaking hyphen (U+2011), which site search does not match', () => {
    const { status, output } = checkAfter((e) => {
      e.write('site/glossary.yaml', readFileSync('content/site/glossary.yaml', 'utf8'));
      e.edit(LESSON, (t) => `${t}\nBạn bật Wi\u2011Fi ở nhà.\n`);
    });
    expect(output).toContain('cách viết thống nhất là "Wi-Fi"');
    expect(status).toBe(1);
  });

  it('with --course shows that course, and still fails on an error elsewhere', () => {
    const { status, output } = checkAfter((e) => e.edit('wards/mau/news/tin-mau.mdx', (t) => t.replace(/^date: .*/m, 'date: 2025-02-30')), '--course', 'khoa-mau');
    expect(output).toContain('khoa-mau/bai-mau');
    expect(output).toContain('tin-mau.mdx');
    expect(status).toBe(1);
  });
});
