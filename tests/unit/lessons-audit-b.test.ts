import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Lesson wording content audit B (12/2026) found wrong or unsafe; each check fails on the old text.
const lesson = (path: string) => readFileSync(`content/courses/${path}.mdx`, 'utf8');
const frontmatter = (text: string) => text.split('\n---\n')[0] ?? '';
const body = (text: string) => text.split('\n---\n').slice(1).join('\n---\n');

describe('lessons say what the audit found missing or wrong', () => {
  it('medicines are looked up on Cục Quản lý Dược\'s site, not on vfa.gov.vn, and not bought through social media', () => {
    const text = lesson('cham-soc-suc-khoe-truc-tuyen/nhan-biet-quang-cao-thuoc-gia');
    expect(body(text)).toContain('https://dichvucong.dav.gov.vn/congbothuoc/index');
    expect(body(text)).toMatch(/không mua thuốc qua mạng xã hội hay livestream/i);
    // The quiz about checking a medicine points to the drug regulator.
    expect(frontmatter(text)).toMatch(/answer: Tra số đăng ký trên hộp ở trang của Cục Quản lý Dược/);
    expect(frontmatter(text)).not.toMatch(/answer: Tra cứu trên trang vfa\.gov\.vn/);
    expect(body(text)).not.toContain('hay còn gọi là thực phẩm chức năng');
  });

  it('a blue tick is not the test of a hospital\'s page', () => {
    for (const path of ['cham-soc-suc-khoe-truc-tuyen/dat-lich-kham-benh-truc-tuyen', 'cham-soc-suc-khoe-truc-tuyen/nhan-biet-quang-cao-thuoc-gia']) {
      expect(body(lesson(path)), path).not.toMatch(/chỉ tin trang có dấu tích xanh/);
      expect(body(lesson(path)), path).toMatch(/[Dd]ấu tích xanh[^.]*chưa đủ/);
    }
  });

  it('stall traders check their printed QR each morning and say their account name aloud', () => {
    const text = lesson('cho-so-4t/nhan-tien-qr-tai-sap-hang');
    expect(body(text)).toMatch(/Mỗi sáng, bạn tự quét thử mã ở sạp/);
    expect(body(text)).toMatch(/nói to tên tài khoản/);
    // The teaching guide names the mistake, and the lesson cites the pasted-over QR reports.
    expect(frontmatter(text)).toMatch(/dán mã của họ đè lên mã của sạp/);
    expect(frontmatter(text)).toContain('laodong.vn');
  });

  it('a fake bank SMS can arrive under the bank\'s name', () => {
    expect(body(lesson('an-toan-tren-mang/duong-link-va-trang-web-gia'))).toMatch(/hiện dưới tên ngân hàng/);
  });

  it('no overstatement: OTP messages, privacy settings, the 2026 health-book decision', () => {
    expect(body(lesson('cho-so-4t/ban-hang-tren-mang-an-toan'))).not.toMatch(/OTP luôn ghi rõ/);
    expect(body(lesson('an-toan-tren-mang/giu-an-toan-cho-tre-em-tren-mang'))).not.toMatch(/Người lạ sẽ không xem được/);
    const book = body(lesson('cham-soc-suc-khoe-truc-tuyen/so-suc-khoe-dien-tu-tren-vneid'));
    expect(book).toMatch(/31\/QĐ-BYT[^.]*thủ tục hành chính/);
    expect(book).toMatch(/thí điểm/);
  });

  it('the VNeID lessons mention the passcode and explain level 2 with a link', () => {
    for (const path of ['cham-soc-suc-khoe-truc-tuyen/the-bhyt-tren-ung-dung', 'cham-soc-suc-khoe-truc-tuyen/so-suc-khoe-dien-tu-tren-vneid']) {
      expect(body(lesson(path)), path).toMatch(/passcode/);
      expect(body(lesson(path)), path).toContain('(/khoa-hoc/dich-vu-cong-truc-tuyen/cai-vneid-va-kich-hoat-muc-2/)');
    }
  });

  it('terms are plain Vietnamese or explained', () => {
    expect(lesson('cham-soc-suc-khoe-truc-tuyen/kham-benh-tu-xa')).not.toMatch(/khám online/);
    expect(body(lesson('an-toan-tren-mang/bao-ve-du-lieu-ca-nhan'))).toMatch(/mã PIN \(mã số bí mật/);
    expect(body(lesson('cho-so-4t/ban-hang-tren-mang-an-toan'))).toMatch(/Sàn thương mại điện tử \(gọi tắt là sàn\) là/);
  });

  it('the ledger example does not reuse one figure as income and as spending', () => {
    const text = body(lesson('cho-so-4t/so-sach-va-tiet-kiem-so'));
    expect(text).not.toMatch(/bán rau 320\.000/);
    expect(readFileSync('content/media/cho-so-4t/so-buoc-1.svg', 'utf8')).toContain('500.000 − 300.000');
  });

  it('gaps filled: withdrawing consent, ID-card images as sensitive data, children\'s accounts and game time', () => {
    const data = body(lesson('an-toan-tren-mang/bao-ve-du-lieu-ca-nhan'));
    expect(data).toMatch(/rút lại sự đồng ý/);
    expect(data).toMatch(/356\/2025\/NĐ-CP, hình ảnh thẻ căn cước/);
    const children = body(lesson('an-toan-tren-mang/giu-an-toan-cho-tre-em-tren-mang'));
    expect(children).toMatch(/dưới 16 tuổi/);
    expect(children).toMatch(/60 phút[^.]*180 phút/);
  });
});
