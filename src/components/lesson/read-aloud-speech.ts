/**
 * The reading itself and its buttons, loaded when one is first pressed (ReadAloud.ts):
 * text goes one utterance per sentence, since some engines stop long
 * utterances part way, and each utterance's "start" tells which sentence to mark.
 */

// Blocks whose text is read as one run of sentences.
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, figcaption, summary, dt, dd, blockquote, caption';
// From the first letter to the end of the sentence (or of the block).
const SENTENCE = /\S[^]*?(?:[.!?:…](?=\s|$)|$)/g;
const HIGHLIGHT = 'hvs-reading';

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

let marked: Element | undefined;

/** Marks one sentence: the exact words where the browser can, else its paragraph; none clears the mark. */
function mark(sentence: Sentence | undefined): void {
  const registry = 'highlights' in CSS ? CSS.highlights : undefined;
  registry?.delete(HIGHLIGHT);
  marked?.removeAttribute('data-reading');
  marked = undefined;
  if (!sentence) return;
  if (registry && typeof Highlight === 'function') registry.set(HIGHLIGHT, new Highlight(sentence.range));
  else {
    sentence.block.setAttribute('data-reading', '');
    marked = sentence.block;
  }
  const box = sentence.range.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) sentence.block.scrollIntoView({ block: 'center' });
}

type State = 'idle' | 'playing' | 'paused';

/** Shows the buttons for a state: "Đọc to" alone, or pause/resume with stop. */
function show(element: HTMLElement, state: State) {
  const visible = { idle: ['play'], playing: ['pause', 'stop'], paused: ['resume', 'stop'] }[state];
  for (const button of element.querySelectorAll<HTMLButtonElement>('button')) {
    button.hidden = !visible.includes(button.dataset['action'] ?? '');
  }
}

/** Reads `source` (all but `skip`) with `voice`, marking each sentence; `ended` runs after the last one. */
function readAloud(source: Element, skip: Element, voice: SpeechSynthesisVoice, ended: () => void): void {
  speechSynthesis.cancel();
  const sentences = sentencesOf(source, skip).filter((sentence) => sentence.text);
  sentences.forEach((sentence, index) => {
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.lang = 'vi-VN';
    utterance.voice = voice;
    utterance.addEventListener('start', () => mark(sentence));
    if (index === sentences.length - 1) {
      utterance.addEventListener('end', () => {
        mark(undefined);
        ended();
      });
    }
    speechSynthesis.speak(utterance);
  });
}

/** Does what a button of the read-aloud element (`element`) asks: play `source`, pause, resume or stop. */
export function act(element: HTMLElement, action: string, source: Element, voice: SpeechSynthesisVoice): void {
  if (action === 'play') {
    readAloud(source, element, voice, () => show(element, 'idle'));
    show(element, 'playing');
  }
  if (action === 'pause') {
    speechSynthesis.pause();
    show(element, 'paused');
  }
  if (action === 'resume') {
    speechSynthesis.resume();
    show(element, 'playing');
  }
  if (action === 'stop') {
    speechSynthesis.cancel();
    mark(undefined);
    show(element, 'idle');
  }
}
