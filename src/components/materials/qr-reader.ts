import jsQR from 'jsqr';
import { readCode, type Verdict } from '../../lib/vietqr';
import type { StallDetails } from '../../lib/stall';

/** Loaded only on the check page, when a code is to be read: the decoder and the payment library. */
export function decodePixels(image: ImageData): string | null {
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

export function verdictOf(text: string, saved?: StallDetails): Verdict {
  return readCode(text, saved);
}
