import { define, HvsElement } from '../../browser/element';

/*
 * Reads the lesson aloud with the browser's own speech synthesis, only where a
 * Vietnamese voice exists, and marks the sentence being read. Where no
 * Vietnamese voice is installed, the element says how to add one instead.
 * The reading and its buttons (read-aloud-speech.ts) load on the first press.
 */

// Chrome lists its voices a moment after the page loads; none by then means none installed.
const VOICES_SETTLE_MS = 1500;
const speech = () => import('./read-aloud-speech');

class HvsReadAloud extends HvsElement {
  #voice: SpeechSynthesisVoice | undefined;

  init() {
    if (!('speechSynthesis' in window)) return;
    const controls = this.required('[data-controls]');
    const help = this.required('[data-no-voice]');
    let settled = false;
    const find = () => {
      const voices = speechSynthesis.getVoices();
      this.#voice = voices.find((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith('vi'));
      controls.hidden = !this.#voice;
      help.hidden = Boolean(this.#voice) || !(settled || voices.length > 0);
    };
    const settle = () => {
      settled = true;
      find();
    };
    find();
    speechSynthesis.addEventListener('voiceschanged', settle);
    window.setTimeout(settle, VOICES_SETTLE_MS);
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('button')?.dataset['action'];
      const voice = this.#voice;
      if (!action || !voice) return;
      const source = this.required(this.text('source') || 'main', document);
      void speech().then(({ act }) => act(this, action, source, voice));
    });
    window.addEventListener('pagehide', () => speechSynthesis.cancel());
  }
}

define('hvs-read-aloud', HvsReadAloud);
