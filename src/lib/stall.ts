/*
 * The trader's stall details as stored on their own device. Kept apart from
 * vietqr.ts so that pages read them without loading the payment library.
 */

import { storedValue } from './storage.ts';

/** What the trader types on the stall sign page; kept only on their device. */
export interface StallDetails {
  /** NAPAS BIN of the bank, six digits. */
  bin: string;
  account: string;
  /** Name printed on the sign (a VietQR never carries it). */
  holder: string;
  /** Fixed amount in đồng, digits only; empty for "the buyer types it". */
  amount?: string;
  note?: string;
  /** Shop name shown on the sign. */
  shop?: string;
}

export const STALL_KEY = 'hvs-stall-qr';

/** Account numbers as banks issue them: letters and digits; spaces, dots and dashes typed by habit removed. */
export const cleanAccount = (account: string) => account.replace(/[\s.-]/g, '').toUpperCase();

/** The trader's details from storage text, or undefined when absent or damaged. */
export function parseStall(raw: string | null): StallDetails | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    const text = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : '');
    const details: StallDetails = { bin: text('bin'), account: text('account'), holder: text('holder'), amount: text('amount'), note: text('note'), shop: text('shop') };
    return /^\d{6}$/.test(details.bin) && /^[A-Z0-9]{4,19}$/.test(cleanAccount(details.account)) && details.holder.trim() ? details : undefined;
  } catch {
    return undefined;
  }
}

const stored = storedValue<StallDetails | undefined, StallDetails>(STALL_KEY, parseStall);

/** Saved details, or undefined when none are saved or storage is unavailable (private mode). */
export const loadStall = (): StallDetails | undefined => stored.load();

/** Returns false when the browser refuses to store. */
export const saveStall = (details: StallDetails): boolean => stored.save(details);

export const clearStall = (): void => stored.clear();
