import QRCode from 'qrcode';
import { bankByBin, checkDetails, stallPayload, type DetailsProblem, type StallDetails } from '../../lib/vietqr';

/** Loaded only when the trader makes a code: the payment library and the QR encoder. */
export async function drawStallQr(details: StallDetails): Promise<{ problem: DetailsProblem } | { svg: string; bank: string; payload: string }> {
  const problem = checkDetails(details);
  if (problem) return { problem };
  const payload = stallPayload(details);
  // Level M and a four-module quiet zone: the usual choice for printed payment codes.
  const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return { svg, bank: bankByBin(details.bin)?.shortName ?? details.bin, payload };
}
