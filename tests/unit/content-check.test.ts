import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/* npm run check:content on the real content and on fixtures that each break one rule. */
const scratch = mkdtempSync(join(tmpdir(), 'hvs-content-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function check(dir: string) {
  const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--dir', dir], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function checkCase(name: string) {
  const dir = join(scratch, name);
  cpSync('tests/fixtures/content-check/base', dir, { recursive: true });
  if (name !== 'base') cpSync(`tests/fixtures/content-check/${name}`, dir, { recursive: true });
  return check(dir);
}

describe('npm run check:content', () => {
  it('passes the real content and prints the summary table', () => {
    const { status, output } = check('content');
    expect(output).toMatch(/\d+ bài, \d+ chữ, \d+ hình, \d+ câu hỏi; 0 lỗi/);
    expect(status).toBe(0);
  });

  it('passes a clean lesson', () => {
    const { status, output } = checkCase('base');
    expect(output).toContain('1 bài,');
    expect(output).toContain('0 lỗi, 0 chú ý');
    expect(status).toBe(0);
  });

  it.each([
    ['missing-remember', 1, ['LỖI', 'thiếu phần ghi nhớ', '<Remember>']],
    ['unofficial-source', 1, ['LỖI', 'vnexpress.net', 'official: false']],
    ['not-nfc', 1, ['LỖI', 'NFC']],
    ['heavy-picture', 1, ['LỖI', 'quá 60 KB']],
    ['image-without-alt', 1, ['LỖI', '<Step image="khoa-mau/anh.svg">', 'thiếu alt']],
    ['glossary-spelling', 1, ['LỖI', '"mã otp"', '"mã OTP"']],
    ['broken-link', 1, ['LỖI', '/khoa-hoc/khoa-khong-co/']],
    ['stale-date', 0, ['CHÚ Ý', 'hơn 12 tháng']],
    ['two-actions-in-a-step', 0, ['CHÚ Ý', 'và bấm', 'Mỗi bước chỉ một việc']],
  ])('reports %s (exit %i) with the file and the fix', (name, exitCode, fragments) => {
    const { status, output } = checkCase(name);
    expect(status).toBe(exitCode);
    expect(output).toContain('bai-mau.mdx');
    for (const fragment of fragments) expect(output).toContain(fragment);
  });
});
