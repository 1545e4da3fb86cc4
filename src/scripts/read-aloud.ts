/**
 * Reads the lesson aloud with the browser's own speech synthesis, only where a
 * Vietnamese voice exists, and marks the sentence being read. Text goes one
 * utterance per sentence: some engines stop long utterances part way, and each
 * utterance's "start" tells which sentence to mark. Where no Vietnamese voice
 * is installed, the element says how to add one instead.
 */

// Blocks whose text is read as one run of sentences.
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, figcaption, summary, dt, dd, blockquote, caption';
// From the first letter to the end of the sentence (or of the block).
const SENTENCE = /\S[^]*?(?:[.!?:…](?=\s|$)|$)/g;
const HIGHLIGHT = 'hvs-reading';
// Chrome lists its voices a moment after the page loads; none by then means none installed.
const VOICES_SETTLE_MS = 1500;

interface Sentence {
  text: string;
  range: Range;
  block: Element;
}

/** The visible text of `source`, as sentences with the stretch of the page each one covers. */
export function sentencesOf(source: Element, skip: Element): Sentence[] {
  const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
  const groups: { block: Element; pieces: { node: Text; start: number }[]; text: string }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || skip.contains(parent) || parent.closest('script, style, [aria-hidden="true"]')) continue;
    if (typeof parent.checkVisibility === 'function' && !parent.checkVisibility()) continue;
    const block = parent.closest(BLOCKS) ?? parent;
    let group = groups.at(-1);
    if (!group || group.block !== block) groups.push((group = { block, pieces: [], text: '' }));
    group.pieces.push({ node, start: group.text.length });
    group.text += node.data;
  }
  const at = (pieces: { node: Text; start: number }[], offset: number, end: boolean): [Text, number] => {
    let found = pieces[0]!;
    for (const piece of pieces) if (end ? piece.start < offset : piece.start <= offset) found = piece;
    return [found.node, Math.min(offset - found.start, found.node.length)];
  };
  return groups.flatMap(({ block, pieces, text }) =>
    [...text.matchAll(SENTENCE)].map((match) => {
      const range = document.createRange();
      range.setStart(...at(pieces, match.index, false));
      range.setEnd(...at(pieces, match.index + match[0].length, true));
      return { text: match[0].replace(/\s+/g, ' ').trim(), range, block };
    }),
  );
}

class HvsReadAloud extends HTMLElement {
  private voice: SpeechSynthesisVoice | undefined;
  private marked: Element | undefined;

  connectedCallback() {
    if (!('speechSynthesis' in window)) return;
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    const help = this.querySelector<HTMLElement>('[data-no-voice]');
    let settled = false;
    const find = () => {
      const voices = speechSynthesis.getVoices();
      this.voice = voices.find((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith('vi'));
      if (controls) controls.hidden = !this.voice;
      if (help) help.hidden = Boolean(this.voice) || !(settled || voices.length > 0);
    };
    find();
    speechSynthesis.addEventListener('voiceschanged', () => {
      settled = true;
      find();
    });
    window.setTimeout(() => {
      settled = true;
      find();
    }, VOICES_SETTLE_MS);
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('button')?.dataset['action'];
      if (action === 'play') this.play();
      if (action === 'pause') {
        speechSynthesis.pause();
        this.show('paused');
      }
      if (action === 'resume') {
        speechSynthesis.resume();
        this.show('playing');
      }
      if (action === 'stop') this.stop();
    });
    window.addEventListener('pagehide', () => speechSynthesis.cancel());
  }

  private show(state: 'idle' | 'playing' | 'paused') {
    const visible = { idle: ['play'], playing: ['pause', 'stop'], paused: ['resume', 'stop'] }[state];
    for (const button of this.querySelectorAll<HTMLButtonElement>('button')) {
      button.hidden = !visible.includes(button.dataset['action'] ?? '');
    }
  }

  /** Marks one sentence: the exact words where the browser can, else its paragraph. */
  private mark(sentence: Sentence | undefined) {
    const registry = 'highlights' in CSS ? CSS.highlights : undefined;
    registry?.delete(HIGHLIGHT);
    this.marked?.removeAttribute('data-reading');
    this.marked = undefined;
    if (!sentence) return;
    if (registry && typeof Highlight === 'function') registry.set(HIGHLIGHT, new Highlight(sentence.range));
    else {
      sentence.block.setAttribute('data-reading', '');
      this.marked = sentence.block;
    }
    const box = sentence.range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) sentence.block.scrollIntoView({ block: 'center' });
  }

  private play() {
    const source = document.querySelector<HTMLElement>(this.dataset['source'] ?? 'main');
    if (!source || !this.voice) return;
    speechSynthesis.cancel();
    const sentences = sentencesOf(source, this).filter((sentence) => sentence.text);
    sentences.forEach((sentence, index) => {
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.lang = 'vi-VN';
      if (this.voice) utterance.voice = this.voice;
      utterance.addEventListener('start', () => this.mark(sentence));
      if (index === sentences.length - 1) {
        utterance.addEventListener('end', () => {
          this.mark(undefined);
          this.show('idle');
        });
      }
      speechSynthesis.speak(utterance);
    });
    this.show('playing');
  }

  private stop() {
    speechSynthesis.cancel();
    this.mark(undefined);
    this.show('idle');
  }
}

customElements.define('hvs-read-aloud', HvsReadAloud);
