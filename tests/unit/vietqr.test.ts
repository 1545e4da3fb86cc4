import { describe, expect, it } from 'vitest';
import { checkDetails, cleanNote, readCode, stallBanks, stallPayload, type StallDetails } from '../../src/lib/vietqr';

/*
 * A second reading of the EMVCo merchant-presented payload, written from the
 * spec and not from the library: TLV fields and CRC-16/CCITT-FALSE
 * (polynomial 0x1021, initial 0xFFFF) over everything up to and including "6304".
 */
function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

function tlv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let at = 0; at < text.length; ) {
    const id = text.slice(at, at + 2);
    const length = Number(text.slice(at + 2, at + 4));
    out[id] = text.slice(at + 4, at + 4 + length);
    at += 4 + length;
  }
  return out;
}

function field(id: string, value: string) {
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** A payload built by hand, to make codes the library would never make. */
function handMade(parts: string[]): string {
  const body = `${parts.join('')}6304`;
  return body + crc16(body);
}

const vcb = (account: string) => field('38', field('00', 'A000000727') + field('01', field('00', '970436') + field('01', account)) + field('02', 'QRIBFTTA'));

describe('stall VietQR payload', () => {
  const cases: (StallDetails & { expectAmount?: string; expectNote?: string })[] = [
    { bin: '970436', account: '0071 0000 12345', holder: 'NGUYEN THI LAN' },
    { bin: '970418', account: '12010000123456', holder: 'TRAN VAN BA', amount: '25.000', expectAmount: '25000' },
    { bin: '970405', account: '1500205123456', holder: 'LE THI HOA', amount: '150000', note: 'Rau sạch cô Lan, sạp 12', expectAmount: '150000', expectNote: 'rau sach co lan sap 12' },
    { bin: '970422', account: '0987654321', holder: 'PHAM MINH', note: 'Đồ khô', expectNote: 'do kho' },
  ];
  it.each(cases)('bank $bin, account $account reads back field by field with a second decoder', (details) => {
    const payload = stallPayload(details);
    expect(payload.slice(-4)).toBe(crc16(payload.slice(0, -4)));
    const root = tlv(payload);
    expect(root['00']).toBe('01');
    expect(root['01']).toBe(details.expectAmount ? '12' : '11');
    expect(root['53']).toBe('704');
    expect(root['58']).toBe('VN');
    expect(root['54']).toBe(details.expectAmount);
    const provider = tlv(root['38'] ?? '');
    expect(provider['00']).toBe('A000000727');
    expect(provider['02']).toBe('QRIBFTTA');
    const consumer = tlv(provider['01'] ?? '');
    expect(consumer['00']).toBe(details.bin);
    expect(consumer['01']).toBe(details.account.replace(/\s/g, ''));
    expect(tlv(root['62'] ?? '')['08']).toBe(details.expectNote);
    // The holder's name is printed on the sign, never carried in the code.
    expect(payload).not.toContain(details.holder);
  });

  it('refuses details it cannot encode, naming the field', () => {
    const good: StallDetails = { bin: '970436', account: '0071000012345', holder: 'LAN' };
    expect(checkDetails(good)).toBeNull();
    expect(checkDetails({ ...good, bin: '123456' })).toBe('bank');
    expect(checkDetails({ ...good, account: '12' })).toBe('account');
    expect(checkDetails({ ...good, account: 'số tài khoản' })).toBe('account');
    expect(checkDetails({ ...good, holder: '  ' })).toBe('holder');
    expect(checkDetails({ ...good, amount: '-5' })).toBe('amount');
    expect(checkDetails({ ...good, amount: '0' })).toBe('amount');
  });

  it('offers the big banks by BIN, findable by short name and code', () => {
    const banks = stallBanks();
    const find = (word: string) => banks.filter((bank) => bank.search.includes(word)).map((bank) => bank.bin);
    expect(find('vietcombank')).toContain('970436');
    expect(find('vcb')).toContain('970436');
    expect(find('agribank')).toContain('970405');
    expect(find('bidv')).toContain('970418');
    expect(banks.length).toBeGreaterThan(30);
    expect(cleanNote('Tiền rau – sạp số 12!')).toBe('tien rau sap so 12');
  });
});

describe('reading a scanned code', () => {
  const mine: StallDetails = { bin: '970436', account: '0071000012345', holder: 'NGUYEN THI LAN' };

  it('reads a transfer and recognises the trader\'s own code', () => {
    const verdict = readCode(stallPayload({ ...mine, amount: '20000', note: 'rau' }), mine);
    expect(verdict).toMatchObject({ kind: 'transfer', bin: '970436', account: '0071000012345', amount: '20000', note: 'rau', mine: true });
    expect(verdict.kind === 'transfer' && verdict.bank?.shortName).toMatch(/Vietcombank/i);
    // Without saved details there is no "mine" verdict at all.
    expect(readCode(stallPayload(mine)).mine).toBeUndefined();
  });

  it('says "not yours" for another account, even at the same bank, and for a code with the account hidden in its note', () => {
    expect(readCode(stallPayload({ ...mine, account: '0071000099999' }), mine)).toMatchObject({ kind: 'transfer', mine: false });
    expect(readCode(stallPayload({ ...mine, bin: '970418' }), mine)).toMatchObject({ kind: 'transfer', mine: false });
    const hidden = stallPayload({ bin: '970422', account: '9999888877', holder: 'X', note: `STK 0071000012345 VCB` });
    expect(readCode(hidden, mine)).toMatchObject({ kind: 'transfer', bin: '970422', account: '9999888877', mine: false });
  });

  it('calls a code with two account fields broken, whichever an app would read', () => {
    const twice = handMade([field('00', '01'), field('01', '11'), vcb('0071000012345'), vcb('5555666677'), field('53', '704'), field('58', 'VN')]);
    expect(twice.slice(-4)).toBe(crc16(twice.slice(0, -4)));
    expect(readCode(twice, mine)).toEqual({ kind: 'broken', mine: false });
  });

  it('calls a wrong CRC or a cut-off code broken', () => {
    const good = stallPayload(mine);
    const wrong = `${good.slice(0, -4)}${good.slice(-4) === '0000' ? '0001' : '0000'}`;
    expect(readCode(wrong, mine)).toEqual({ kind: 'broken', mine: false });
    expect(readCode(good.slice(0, -10), mine).kind).toBe('broken');
    const changedAccount = good.replace('0071000012345', '0071000012346');
    expect(readCode(changedAccount).kind).toBe('broken');
  });

  it('tells a non-VietQR payment code apart', () => {
    const vnpay = '00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685';
    expect(readCode(vnpay, mine)).toEqual({ kind: 'merchant', mine: false });
  });

  it('shows a link\'s real domain and its warning signs', () => {
    expect(readCode('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html')).toEqual({ kind: 'link', domain: 'dichvucong.gov.vn', signs: [] });
    expect(readCode('http://vietcombank-hoantien.top/nhan.apk', mine)).toEqual({
      kind: 'link',
      domain: 'vietcombank-hoantien.top',
      signs: ['notHttps', 'oddEnding', 'lookalike', 'fileDownload'],
      mine: false,
    });
    expect(readCode('https://bit.ly/3abc').kind === 'link' && readCode('https://bit.ly/3abc')).toMatchObject({ signs: ['shortener'] });
    expect(readCode('https://user@vcb.com.vn.evil.xyz/').kind === 'link' && readCode('https://user@vcb.com.vn.evil.xyz/')).toMatchObject({ domain: 'vcb.com.vn.evil.xyz', signs: ['oddEnding', 'lookalike'] });
  });

  it('shows other text as text', () => {
    expect(readCode('Xin chào', mine)).toEqual({ kind: 'text', text: 'Xin chào', mine: false });
  });
});
