import { Banks, QRPay, VietQRService, VietQRStatus } from 'vietnam-qr-pay';
import { cleanAccount, type StallDetails } from './stall.ts';
import { fold } from './text/fold.ts';

export type { StallDetails } from './stall.ts';

/*
 * VietQR for a stall and the verdict on any scanned code. The payload itself
 * (EMVCo fields, NAPAS GUID, CRC-16) comes from vietnam-qr-pay; this module
 * adds what the library leaves to its caller: which banks to offer, clean
 * input, and a strict structural check before a code is called a transfer.
 */

/** A bank a trader can receive money at by VietQR. */
export interface StallBank {
  /** NAPAS BIN, six digits. */
  bin: string;
  shortName: string;
  name: string;
  /** Lowercase ASCII words to search by: short name, code, full name folded. */
  search: string;
}

/** Banks in the library's list that take VietQR transfers, by short name. */
export function stallBanks(): StallBank[] {
  return Banks.filter((bank) => !bank.deprecated && bank.vietQRStatus !== VietQRStatus.NOT_SUPPORTED)
    .map((bank) => ({
      bin: bank.bin,
      shortName: bank.shortName,
      name: bank.name,
      search: fold(`${bank.shortName} ${bank.code} ${bank.name} ${bank.keywords ?? ''}`).replace(/\s+/g, ' '),
    }))
    .sort((a, b) => a.shortName.localeCompare(b.shortName, 'vi'));
}

const BANKS_BY_BIN = new Map(stallBanks().map((bank) => [bank.bin, bank]));

export const bankByBin = (bin: string): StallBank | undefined => BANKS_BY_BIN.get(bin);

/** A note bank apps show as typed: ASCII letters, digits and spaces only, at most 50 characters. */
export const cleanNote = (note: string) =>
  fold(note)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 50)
    .trim();

/** Why the details cannot make a code, or null when they can. */
export type DetailsProblem = 'bank' | 'account' | 'holder' | 'amount';

export function checkDetails(details: StallDetails): DetailsProblem | null {
  if (!bankByBin(details.bin)) return 'bank';
  if (!/^[A-Z0-9]{4,19}$/.test(cleanAccount(details.account))) return 'account';
  if (!details.holder.trim()) return 'holder';
  const amount = (details.amount ?? '').replace(/[\s.,]/g, '');
  if (amount && !/^[1-9]\d{0,12}$/.test(amount)) return 'amount';
  return null;
}

/** The VietQR text for a stall: transfer to an account, in VND, CRC checked. */
export function stallPayload(details: StallDetails): string {
  const problem = checkDetails(details);
  if (problem) throw new Error(`Cannot make a VietQR: bad ${problem}`);
  const amount = (details.amount ?? '').replace(/[\s.,]/g, '');
  const note = cleanNote(details.note ?? '');
  return QRPay.initVietQR({
    bankBin: details.bin,
    bankNumber: cleanAccount(details.account),
    service: VietQRService.BY_ACCOUNT_NUMBER,
    ...(amount ? { amount } : {}),
    ...(note ? { purpose: note } : {}),
  }).build();
}

/** Top-level EMVCo fields, or null when the text is not a well-formed TLV list with each ID once. */
export function emvFields(text: string): Map<string, string> | null {
  const fields = new Map<string, string>();
  let rest = text;
  while (rest.length > 0) {
    const head = /^(\d{2})(\d{2})/.exec(rest);
    if (!head) return null;
    const length = Number(head[2]);
    if (rest.length < 4 + length) return null;
    const id = head[1] ?? '';
    // A repeated field lets two apps read two different accounts from one code.
    if (fields.has(id)) return null;
    fields.set(id, rest.slice(4, 4 + length));
    rest = rest.slice(4 + length);
  }
  return fields;
}

/** What a scanned code is; `mine` compares it with the trader's saved stall (absent when none is saved). */
export type Verdict = (
  | {
      kind: 'transfer';
      bin: string;
      /** Undefined for a BIN not in the list. */
      bank: StallBank | undefined;
      account: string;
      amount?: string;
      note?: string;
    }
  | { kind: 'merchant' }
  | { kind: 'broken' }
  | { kind: 'link'; domain: string; signs: LinkSign[] }
  | { kind: 'text'; text: string }
) & { mine?: boolean };

/** Warning signs of a link, as the lessons teach them. */
export type LinkSign = 'notHttps' | 'ipAddress' | 'oddEnding' | 'lookalike' | 'shortener' | 'fileDownload';

const ODD_ENDINGS = ['top', 'vip', 'xyz', 'click', 'icu', 'cc', 'shop', 'online', 'site', 'live', 'info', 'buzz', 'monster'];
const SHORTENERS = ['bit.ly', 'tinyurl.com', 'cutt.ly', 'rb.gy', 'shorturl.at', 't.ly', 'is.gd', 'goo.gl', 'tiny.cc'];
const LOOKALIKE = /(vietcombank|vcb|bidv|agribank|vietinbank|techcombank|mbbank|vpbank|acb|sacombank|tpbank|momo|zalopay|vneid|dichvucong|gov)/;

function linkVerdict(text: string): Verdict | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase();
  const signs: LinkSign[] = [];
  if (url.protocol !== 'https:') signs.push('notHttps');
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) signs.push('ipAddress');
  if (ODD_ENDINGS.includes(host.split('.').pop() ?? '')) signs.push('oddEnding');
  if (SHORTENERS.includes(host)) signs.push('shortener');
  // A bank's or the state's name inside a domain that does not end in .vn, where the real ones live.
  if (LOOKALIKE.test(host) && !host.endsWith('.vn')) signs.push('lookalike');
  if (/\.(apk|exe|xapk|ipa)$/i.test(url.pathname)) signs.push('fileDownload');
  return { kind: 'link', domain: host, signs };
}

function paymentVerdict(text: string): Verdict {
  const fields = emvFields(text);
  // The library checks the CRC; the structure (each field once, CRC last) is checked here.
  if (!fields || !text.slice(-8).startsWith('6304') || !new QRPay(text).isValid) return { kind: 'broken' };
  const provider = emvFields(fields.get('38') ?? '');
  if (!provider || provider.get('00') !== 'A000000727') return { kind: 'merchant' };
  const consumer = emvFields(provider.get('01') ?? '');
  const bin = consumer?.get('00');
  const account = consumer?.get('01');
  if (!bin || !account || fields.get('53') !== '704') return { kind: 'broken' };
  const amount = fields.get('54');
  const note = emvFields(fields.get('62') ?? '')?.get('08');
  return { kind: 'transfer', bin, bank: bankByBin(bin), account, ...(amount ? { amount } : {}), ...(note ? { note } : {}) };
}

/** Reads a scanned code: a bank transfer, a link, or something else; `saved` is the trader's own stall, if any. */
export function readCode(text: string, saved?: StallDetails): Verdict {
  const verdict = text.startsWith('000201') ? paymentVerdict(text) : (linkVerdict(text) ?? { kind: 'text', text });
  if (!saved) return verdict;
  const mine = verdict.kind === 'transfer' && verdict.bin === saved.bin && verdict.account === cleanAccount(saved.account);
  return { ...verdict, mine };
}
