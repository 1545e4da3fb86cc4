import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { PracticeExercise, ScamScenario } from '../../src/lib/content/practice-schema';

// What the practice mock-ups and drills must not teach (content audit B, 12/2026).
const exercise = (slug: string) => parse(readFileSync(`content/practice/${slug}.yaml`, 'utf8')) as PracticeExercise;
const items = (ex: PracticeExercise) => ex.steps.flatMap((step) => step.screen.items);
const { scenarios } = parse(readFileSync('content/drills/lua-dao.yaml', 'utf8')) as { scenarios: ScamScenario[] };

describe('practice mock-ups teach the right habit', () => {
  it('a stall QR carries no amount: the payer picks the amount the seller says before the confirm screen', () => {
    const ex = exercise('tra-tien-bang-ma-qr');
    const scan = ex.steps.findIndex((step) => step.screen.items.some((item) => item.kind === 'qr' && item.target));
    const amount = ex.steps.findIndex((step) => step.screen.items.some((item) => item.target && /^50\.000 đồng$/.test(item.label)));
    expect(scan).toBeGreaterThanOrEqual(0);
    // Right after the scan, and with wrong amounts (zeros miscounted) on offer.
    expect(amount).toBe(scan + 1);
    const choices = ex.steps[amount]?.screen.items.filter((item) => item.kind === 'button').map((item) => item.label);
    expect(choices).toEqual(expect.arrayContaining(['5.000 đồng', '500.000 đồng']));
  });

  it('the hospital page is recognised by its address, not by a label calling itself official', () => {
    const ex = exercise('dat-lich-kham-benh-truc-tuyen');
    expect(items(ex).some((item) => /^Trang chính thức/.test(item.label))).toBe(false);
    expect(ex.steps[0]?.screen.items.some((item) => /^Địa chỉ trang: https:\/\//.test(item.label))).toBe(true);
    expect(ex.steps[0]?.instruction).toMatch(/địa chỉ/);
  });

  it('VNeID: the password looks 8-20 characters long and opening documents asks a separate 6-digit passcode', () => {
    const ex = exercise('dang-nhap-vneid-va-xuat-trinh-can-cuoc');
    const password = items(ex).find((item) => item.label === 'Mật khẩu')?.value ?? '';
    expect(password.length).toBeGreaterThanOrEqual(8);
    const passcode = ex.steps.findIndex((step) => step.screen.items.some((item) => item.label.startsWith('Passcode') && item.value === '••••••'));
    const wallet = ex.steps.findIndex((step) => step.screen.items.some((item) => item.target && item.label === 'Ví giấy tờ'));
    const idCard = ex.steps.findIndex((step) => step.screen.items.some((item) => item.target && item.label === 'Căn cước điện tử'));
    expect(passcode).toBeGreaterThan(wallet);
    expect(passcode).toBeLessThan(idCard);
  });

  it('a transfer stops at the bank\'s "suspicious account" warning', () => {
    const ex = exercise('chuyen-tien-kiem-tra-ten-nguoi-nhan');
    const warning = ex.steps.find((step) => step.screen.items.some((item) => item.kind === 'notice' && /dấu hiệu nghi ngờ lừa đảo/.test(item.label)));
    expect(warning?.screen.items.find((item) => item.target)?.label).toBe('Hủy giao dịch');
  });
});

describe('the scam drill', () => {
  it('has the 2025-2026 scams, each with its source written above it', () => {
    const text = readFileSync('content/drills/lua-dao.yaml', 'utf8');
    for (const id of ['dien-luc-goi-cai-ung-dung', 'can-bo-thue-goi-ho-kinh-doanh', 'cap-nhat-cu-tru-vneid-sau-sap-nhap', 'dich-vu-lay-lai-tien-bi-lua']) {
      expect(scenarios.some((scenario) => scenario.id === id), id).toBe(true);
      expect(text, id).toMatch(new RegExp(`# Nguồn: [^\\n]+\\n(?:  # [^\\n]+\\n)*  - id: ${id}\\n`));
    }
  });

  it('a fake bank SMS can show under the bank\'s own name', () => {
    const unlock = scenarios.find((scenario) => scenario.id === 'tin-nhan-ngan-hang-mo-khoa-tai-khoan');
    expect(unlock?.from).toMatch(/dưới tên ngân hàng/);
    expect(unlock?.signs.join(' ')).toMatch(/không gửi link/);
  });

  it('says what to do when the "wrong transfer" money really came in', () => {
    expect(scenarios.find((scenario) => scenario.id === 'shipper-bao-chuyen-khoan-nham')?.todo).toMatch(/không tiêu và không chuyển trả/);
  });

  it('names no ward office and relies on no document outside the repository', () => {
    const text = readFileSync('content/drills/lua-dao.yaml', 'utf8');
    expect(text).not.toMatch(/Bộ phận Một cửa|Trung tâm Phục vụ hành chính công|CONTENT\.md/);
  });
});
