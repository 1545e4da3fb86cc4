import { define, HvsElement } from '../../browser/element';
import { isStringRecord } from '../../browser/checks';
import type { Verdict } from '../../lib/vietqr';
import { loadStall } from '../../lib/stall';
import { fill } from '../../lib/text/fill';

const loadReader = () => import('./qr-reader');

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

/** The browser's own QR reader where it has one (Android Chrome), else null and jsQR reads frames. */
async function nativeDetector(): Promise<Detector | null> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Native) return null;
  try {
    return (await Native.getSupportedFormats()).includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
}

/**
 * Checks a QR code on this device: from the camera (asked for only when the
 * button is pressed) or from a photo; no picture or text leaves the page.
 */
class HvsQrCheck extends HvsElement {
  #messages: Record<string, string> = {};
  #stream: MediaStream | null = null;
  #saved = loadStall();
  #canvas = document.createElement('canvas');

  #t(key: string, values: Record<string, string> = {}): string {
    return fill(this.#messages[`check.${key}`] ?? key, values);
  }

  init() {
    this.#messages = this.json('messages', isStringRecord);
    this.required('[data-saved-stall]').hidden = !this.#saved;
    this.required('[data-camera]').addEventListener('click', () => void this.#startCamera());
    this.required('[data-stop]').addEventListener('click', () => this.#stopCamera());
    const photo = this.required<HTMLInputElement>('[data-photo]');
    photo.addEventListener('change', () => {
      const file = photo.files?.[0];
      if (file) void this.#readPhoto(file);
      photo.value = '';
    });
  }

  disconnectedCallback() {
    this.#stopCamera();
  }

  #status(text: string) {
    this.say(text);
  }

  #pixels(source: CanvasImageSource, width: number, height: number): ImageData {
    // Large photos are scaled down: jsQR needs a few pixels per module, not twelve megapixels.
    const scale = Math.min(1, 1280 / Math.max(width, height));
    this.#canvas.width = Math.round(width * scale);
    this.#canvas.height = Math.round(height * scale);
    const context = this.#canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(source, 0, 0, this.#canvas.width, this.#canvas.height);
    return context.getImageData(0, 0, this.#canvas.width, this.#canvas.height);
  }

  async #reader() {
    try {
      return await loadReader();
    } catch {
      this.#status(this.#t('loadFailed'));
      return null;
    }
  }

  async #readPhoto(file: File) {
    const reader = await this.#reader();
    if (!reader) return;
    try {
      const bitmap = await createImageBitmap(file);
      const native = await nativeDetector();
      const text = native ? ((await native.detect(bitmap))[0]?.rawValue ?? null) : reader.decodePixels(this.#pixels(bitmap, bitmap.width, bitmap.height));
      bitmap.close();
      if (text === null) this.#status(this.#t('notFound'));
      else this.#show(reader.verdictOf(text, this.#saved));
    } catch {
      this.#status(this.#t('notFound'));
    }
  }

  async #startCamera() {
    const video = this.required<HTMLVideoElement>('[data-video]');
    try {
      this.#stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      this.#status(this.#t('noCamera'));
      return;
    }
    const reader = await this.#reader();
    if (!reader) return this.#stopCamera();
    video.srcObject = this.#stream;
    video.hidden = false;
    this.required('[data-stop]').hidden = false;
    this.required('[data-result]').hidden = true;
    this.#status(this.#t('pointCamera'));
    await video.play().catch(() => {});
    const native = await nativeDetector();
    const scan = async () => {
      if (!this.#stream) return;
      let text: string | null = null;
      if (video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
        text = native
          ? ((await native.detect(video).catch(() => []))[0]?.rawValue ?? null)
          : reader.decodePixels(this.#pixels(video, video.videoWidth, video.videoHeight));
      }
      if (text === null) {
        requestAnimationFrame(() => void scan());
        return;
      }
      this.#stopCamera();
      this.#show(reader.verdictOf(text, this.#saved));
    };
    void scan();
  }

  #stopCamera() {
    for (const track of this.#stream?.getTracks() ?? []) track.stop();
    this.#stream = null;
    const video = this.querySelector<HTMLVideoElement>('[data-video]');
    if (video) {
      video.srcObject = null;
      video.hidden = true;
    }
    const stop = this.querySelector<HTMLElement>('[data-stop]');
    if (stop) stop.hidden = true;
  }

  #show(verdict: Verdict) {
    const box = this.required('[data-verdict]');
    const lines: [string, string][] = [];
    const line = (text: string, kind = '') => lines.push([text, kind]);
    if (verdict.mine === true) line(this.#t('mine'), 'mine');
    if (verdict.mine === false) line(this.#t('notMine'), 'notMine');
    switch (verdict.kind) {
      case 'transfer': {
        line(this.#t('transfer'), 'kind');
        line(this.#t('bank', { bank: verdict.bank ? `${verdict.bank.shortName} (${verdict.bank.name})` : this.#t('unknownBank', { bin: verdict.bin }) }));
        line(this.#t('account', { account: verdict.account }));
        line(verdict.amount ? this.#t('amount', { amount: Number(verdict.amount).toLocaleString('vi-VN') }) : this.#t('noAmount'));
        if (verdict.note) line(this.#t('note', { note: verdict.note }));
        line(this.#t('nameWarning'), 'warning');
        break;
      }
      case 'link':
        line(this.#t('link'), 'kind');
        line(this.#t('domain', { domain: verdict.domain }), 'domain');
        for (const sign of verdict.signs) line(this.#t(`sign.${sign}`), 'warning');
        if (!verdict.signs.length) line(this.#t('noSigns'));
        line(this.#t('linkWhat'));
        break;
      case 'broken':
        line(this.#t('broken'), 'kind');
        line(this.#t('brokenWhat'), 'warning');
        break;
      case 'merchant':
        line(this.#t('merchant'), 'kind');
        line(this.#t('merchantWhat'));
        break;
      case 'text':
        line(this.#t('text'), 'kind');
        line(this.#t('textIs', { text: verdict.text.slice(0, 300) }));
        break;
    }
    if (verdict.mine === true) line(this.#t('mineWhat'));
    if (verdict.mine === false) line(this.#t('notMineWhat'), 'warning');
    box.replaceChildren(
      ...lines.map(([text, kind]) => {
        const p = document.createElement('p');
        p.textContent = text;
        p.dataset.line = kind || 'detail';
        if (kind === 'mine') p.className = 'text-3xl font-bold text-success';
        else if (kind === 'notMine') p.className = 'text-3xl font-bold text-brand';
        else if (kind === 'kind' || kind === 'domain') p.className = 'text-2xl font-bold';
        else if (kind === 'warning') p.className = 'font-bold';
        return p;
      }),
    );
    this.#status('');
    const result = this.required('[data-result]');
    result.hidden = false;
    result.focus();
  }
}

define('hvs-qr-check', HvsQrCheck);
