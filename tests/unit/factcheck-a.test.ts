import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadFacts } from '../../src/lib/content/facts';

/*
 * Fresh fact-check, part A (issue 19, 2026-12-07): what it found in the phone, public-service and
 * payment courses. Each check reads the shipped text, so a later edit that brings a finding back fails.
 */
const lesson = (course: string, slug: string) => readFileSync(join('content/courses', course, `${slug}.mdx`), 'utf8');
const body = (text: string) => text.slice(text.indexOf('\n---', 3) + 4);
const blocks = (text: string, tag: string) => body(text).match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g')) ?? [];
const sources = (text: string) => (parse(text.slice(4, text.indexOf('\n---', 3))) as { sources: { url: string }[] }).sources.map((s) => s.url);

describe('fact-check A', () => {
  it('the payer lesson does not tell a seller that any notification proves payment', () => {
    const text = body(lesson('thanh-toan-khong-dung-tien-mat', 'tra-tien-bang-ma-qr'));
    expect(text).not.toContain('ứng dụng ngân hàng hoặc thông báo của chính bạn');
    expect(text).toContain('Tin nhắn SMS báo tiền vào cũng có thể là giả');
  });

  it('the payer lesson does not claim a QR code never carries a name, and warns about codes that open a web page', () => {
    const text = lesson('thanh-toan-khong-dung-tien-mat', 'tra-tien-bang-ma-qr');
    expect(body(text)).not.toContain('Mã QR không chứa tên người nhận');
    const tip = blocks(text, 'Tip').find((block) => block.includes('trang web giả'));
    expect(tip).toBeDefined();
    expect(tip).toContain('mã OTP');
    expect(sources(text)).toContain('https://cafef.vn/cong-an-thong-bao-khan-toi-tat-ca-nguoi-dan-khi-quet-ma-qr-188251126110316055.chn');
  });

  it('the stall exercise does not accept a notification or SMS as proof of payment', () => {
    const text = readFileSync('content/practice/nhan-tien-bang-ma-qr-tai-sap-hang.yaml', 'utf8');
    expect(text).not.toContain('trong ứng dụng hoặc thông báo trên máy của bạn');
    expect(text).toContain('Tin nhắn SMS báo tiền vào có thể là giả');
  });

  it('the transfer lesson says the police never ask for money to be moved, and how to answer a "mistaken transfer"', () => {
    const text = lesson('thanh-toan-khong-dung-tien-mat', 'chuyen-khoan-kiem-tra-ten-nguoi-nhan');
    const warning = blocks(text, 'Warning').join('\n');
    expect(warning).toContain('Công an không bao giờ gọi điện bảo bạn chuyển tiền');
    expect(warning).toContain('“giữ tiền cho an toàn”');
    const tip = blocks(text, 'Tip').find((block) => block.includes('chuyển nhầm'));
    expect(tip).toContain('Bạn không tự chuyển trả');
    expect(tip).toContain('tổng đài chính thức của ngân hàng');
  });

  it('the portal is the single public-service portal, not the only way: VNeID still takes procedures', () => {
    const text = body(lesson('dich-vu-cong-truc-tuyen', 'dich-vu-cong-truc-tuyen-la-gi'));
    expect(text).not.toMatch(/mọi thủ tục làm trên mạng đều đi qua|cổng duy nhất cho mọi thủ tục/);
    expect(text).toContain('Nhiều thủ tục cũng làm được ngay trên ứng dụng VNeID');
    expect(text).not.toContain('1/7/2025');
  });

  it('residence registration no longer takes paper files, with the date kept once in the facts file', () => {
    const { facts } = loadFacts('content/site/facts.yaml');
    expect(facts.find((fact) => fact.id === 'khong-nhan-ho-so-giay-tu-ngay')).toMatchObject({ value: '1/10/2025' });
    for (const slug of ['dich-vu-cong-truc-tuyen-la-gi', 'dang-ky-thuong-tru-tam-tru-tren-mang']) {
      const text = body(lesson('dich-vu-cong-truc-tuyen', slug));
      expect(text, slug).toContain('<Fact id="khong-nhan-ho-so-giay-tu-ngay" />');
      expect(text, slug).not.toContain('1/10/2025');
    }
  });

  it('the 1/1/2025 face-check date is sourced by a page about that rule, not about 2026', () => {
    const { facts } = loadFacts('content/site/facts.yaml');
    const fact = facts.find((f) => f.id === 'doi-chieu-khuon-mat-tu-ngay');
    expect(fact?.value).toBe('1/1/2025');
    expect(fact?.source.url).not.toContain('tu-1-1-2026');
  });

  it('the fee lesson sends people to the scam-site lookup through the facts file', () => {
    const text = body(lesson('dich-vu-cong-truc-tuyen', 'nop-phi-truc-tuyen'));
    expect(text).not.toContain('](https://tinnhiemmang.vn');
    expect(text).toContain('<Fact id="tra-cuu-web-lua-dao" />');
  });

  it('the Zalo lesson says to hang up on a stranger asking for a face turn or a shared screen', () => {
    const tip = blocks(lesson('lam-quen-dien-thoai-va-internet', 'goi-dien-va-nhan-tin-zalo'), 'Tip').join('\n');
    expect(tip).toMatch(/nhìn thẳng, quay trái, quay phải[^.]*chia sẻ màn hình[^:]*: bạn cúp máy/);
  });

  it('the Wi-Fi lesson keeps banking off public Wi-Fi', () => {
    const text = lesson('lam-quen-dien-thoai-va-internet', 'ket-noi-wifi-va-du-lieu-di-dong');
    expect(body(text)).toContain('Khi dùng Wi-Fi công cộng, bạn không mở ứng dụng ngân hàng, không chuyển tiền');
    expect(sources(text).some((url) => url.includes('wifi-cong-cong'))).toBe(true);
  });

  it('the OTP lesson says banks send no links by SMS or e-mail since 1/1/2025, and asks about a fake message in the bank\'s thread', () => {
    const text = lesson('thanh-toan-khong-dung-tien-mat', 'khong-bao-gio-dua-ma-otp');
    expect(body(text)).toContain('ngân hàng không gửi tin nhắn SMS hay thư điện tử có đường link, trừ khi chính bạn yêu cầu');
    expect(body(text)).toContain('Thông tư 50/2024/TT-NHNN');
    expect(text).toMatch(/question: Tin nhắn mang tên ngân hàng của bạn, nằm chung với các tin nhắn thật/);
  });

  it('the bill lesson says the power company does not call from personal numbers, and warns about premium-rate call-back numbers', () => {
    const text = body(lesson('thanh-toan-khong-dung-tien-mat', 'tra-tien-dien-nuoc-dien-thoai'));
    expect(text).toContain('Điện lực không gọi bằng số điện thoại cá nhân');
    expect(text).toContain('tổng đài thu phí rất cao');
  });

  it('the residence lesson gives the renewal window and the floor-area condition, from sources better than a blog', () => {
    const text = lesson('dich-vu-cong-truc-tuyen', 'dang-ky-thuong-tru-tam-tru-tren-mang');
    expect(body(text)).toContain('gia hạn trong 15 ngày trước khi hết hạn');
    expect(body(text)).toContain('đủ diện tích ở theo mức tỉnh quy định');
    expect(sources(text).join(' ')).not.toMatch(/moiday\.com|luatsu247\.net/);
  });

  it('the overview that teaches typing the portal address does not offer a tappable link to it', () => {
    const text = body(lesson('dich-vu-cong-truc-tuyen', 'dich-vu-cong-truc-tuyen-la-gi'));
    expect(text).not.toContain('](https://dichvucong.gov.vn)');
    expect(text).toContain('Địa chỉ: <Fact id="cong-dich-vu-cong" />');
  });

  it('the QR exercise does not teach that the name on screen comes from the code itself', () => {
    const text = readFileSync('content/practice/tra-tien-bang-ma-qr.yaml', 'utf8');
    expect(text).not.toMatch(/từ mã QR\)|lấy từ mã QR|chỉ có tên và số tài khoản/);
    expect(text).toContain('do ứng dụng ngân hàng hiện ra');
  });

  it('the fee lesson says a site missing from the scam list is not proven safe', () => {
    expect(body(lesson('dich-vu-cong-truc-tuyen', 'nop-phi-truc-tuyen'))).toContain('Trang không có trong danh sách chưa chắc đã an toàn');
  });

  it('the app and accessibility lessons say never to give an unknown app the accessibility permission', () => {
    const install = blocks(lesson('lam-quen-dien-thoai-va-internet', 'cai-ung-dung-an-toan'), 'Warning').join('\n');
    expect(install).toContain('đòi bạn bật quyền **Trợ năng** cho nó: bạn không bật');
    const reader = blocks(lesson('lam-quen-dien-thoai-va-internet', 'tro-nang-tren-dien-thoai'), 'Tip').join('\n');
    expect(reader).toContain('đòi bật quyền Trợ năng cho nó, bạn không bật');
  });

  it('the three payment lessons that list the 2026 bank stops also name the passport case', () => {
    for (const slug of ['chon-va-mo-ung-dung-ngan-hang', 'chuyen-khoan-kiem-tra-ten-nguoi-nhan', 'tra-tien-bang-ma-qr']) {
      expect(body(lesson('thanh-toan-khong-dung-tien-mat', slug)), slug).toContain('mở tài khoản bằng hộ chiếu cũng phải đổi sang thẻ căn cước');
    }
  });

  it('the transfer lesson teaches the bank\'s warning that its exercise practises', () => {
    const text = body(lesson('thanh-toan-khong-dung-tien-mat', 'chuyen-khoan-kiem-tra-ten-nguoi-nhan'));
    expect(text).toContain('## Khi ứng dụng cảnh báo tài khoản nhận');
    expect(text).toContain('Không thấy cảnh báo chưa chắc đã an toàn');
    expect(readFileSync('content/practice/chuyen-tien-kiem-tra-ten-nguoi-nhan.yaml', 'utf8')).toContain('label: Hủy giao dịch');
  });
});
