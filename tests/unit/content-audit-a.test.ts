import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Content audit A (../shared/audits/2026-12/content-a.md), items fixed in the lessons' text.
 * Each check reads the lesson as shipped, so a later edit or merge that brings a finding back fails here.
 */
const COURSES = ['lam-quen-dien-thoai-va-internet', 'dich-vu-cong-truc-tuyen', 'thanh-toan-khong-dung-tien-mat'];
const lesson = (course: string, slug: string) => readFileSync(join('content/courses', course, `${slug}.mdx`), 'utf8');
const body = (text: string) => text.slice(text.indexOf('\n---', 3) + 4);
const files = (folder: string, ext: string) => readdirSync(folder).filter((name) => name.endsWith(ext)).map((name) => join(folder, name));
const lessons = COURSES.flatMap((course) => files(join('content/courses', course), '.mdx'));
const drawings = COURSES.flatMap((course) => files(join('content/media', course), '.svg'));

describe('content audit A', () => {
  it('S2: the banking lesson says when to refuse a face scan, and never to share the screen', () => {
    const text = lesson('thanh-toan-khong-dung-tien-mat', 'chon-va-mo-ung-dung-ngan-hang');
    const warning = body(text).match(/<Warning>([\s\S]*?)<\/Warning>/g)?.find((block) => block.includes('quét khuôn mặt'));
    expect(warning).toBeDefined();
    expect(warning).toContain('do chính bạn mở');
    expect(warning).toContain('Không chia sẻ màn hình');
    expect(text).toMatch(/question: Có người gọi video[^\n]*“xác thực sinh trắc học”/);
    expect(body(lesson('thanh-toan-khong-dung-tien-mat', 'khong-bao-gio-dua-ma-otp'))).toContain('Không chia sẻ màn hình');
  });

  it('S3: the stall owner re-scans the hung QR code, and an SMS is not proof of payment', () => {
    const text = body(lesson('thanh-toan-khong-dung-tien-mat', 'nhan-tien-bang-ma-qr-cua-ban'));
    expect(text).toContain('Treo mã in ở sạp rồi, bạn tự quét thử');
    expect(text).toContain('Tin nhắn SMS báo tiền vào cũng chưa phải bằng chứng');
    expect(text).not.toContain('ứng dụng ngân hàng hoặc thông báo của chính bạn');
  });

  it('S4: the screen-reader lesson sets up the off shortcut before the reader is switched on', () => {
    const text = body(lesson('lam-quen-dien-thoai-va-internet', 'tro-nang-tren-dien-thoai'));
    const shortcut = text.indexOf('## Làm theo từng bước: cài phím tắt trước');
    const switchOn = text.indexOf('## Làm theo từng bước: bật, dùng rồi tắt');
    expect(shortcut).toBeGreaterThan(-1);
    expect(switchOn).toBeGreaterThan(shortcut);
    expect(text.slice(switchOn)).toMatch(/Tắt bằng chính phím tắt đó/);
  });

  it('F1: a full-online procedure may send its result by post', () => {
    for (const slug of ['dich-vu-cong-truc-tuyen-la-gi', 'theo-doi-ho-so-va-nhan-ket-qua']) {
      expect(body(lesson('dich-vu-cong-truc-tuyen', slug))).toContain('gửi qua bưu điện');
    }
  });

  it('F2: no lesson or drawing quotes the unsourced "một lần khai báo" slogan of Nghị định 45/2020', () => {
    for (const path of [...lessons, ...drawings]) {
      const text = readFileSync(path, 'utf8');
      expect(text, path).not.toMatch(/45\/2020|một lần khai báo/i);
    }
  });

  it('O2: the VNeID lessons warn that nobody calls to "update" residence after the 2025 merger', () => {
    for (const slug of ['cai-vneid-va-kich-hoat-muc-2', 'nop-phi-truc-tuyen']) {
      expect(body(lesson('dich-vu-cong-truc-tuyen', slug))).toContain('được Bộ Công an tự cập nhật trên VNeID');
    }
  });

  it('I1: no drawing presents the dossier code as digits only', () => {
    for (const path of drawings) expect(readFileSync(path, 'utf8'), path).not.toContain('0000-0000-0000');
  });

  it('O3 and L1.5: mobile data is not "4G" only, and Wi-Fi is spelled with an ASCII hyphen', () => {
    for (const path of lessons) {
      const text = readFileSync(path, 'utf8');
      expect(text, path).not.toMatch(/\(4G\)/);
      expect(text, path).not.toContain('Wi\u2011Fi');
    }
  });

  it('P2: fingerprint login is not called two-factor authentication', () => {
    for (const slug of ['chon-va-mo-ung-dung-ngan-hang', 'khong-bao-gio-dua-ma-otp']) {
      expect(body(lesson('thanh-toan-khong-dung-tien-mat', slug))).not.toMatch(/xác thực hai lớp, ví dụ thêm vân tay/);
    }
  });
});
