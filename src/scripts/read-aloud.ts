/**
 * Reads the lesson aloud with the browser's own speech synthesis, only where a
 * Vietnamese voice exists. Text goes sentence by sentence: some engines stop
 * long utterances part way.
 */
class HvsReadAloud extends HTMLElement {
  private voice: SpeechSynthesisVoice | undefined;

  connectedCallback() {
    if (!('speechSynthesis' in window)) return;
    const find = () => {
      this.voice = speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().startsWith('vi'));
      this.hidden = !this.voice;
    };
    find();
    speechSynthesis.addEventListener('voiceschanged', find);
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

  private play() {
    const source = document.querySelector<HTMLElement>(this.dataset['source'] ?? 'main');
    if (!source || !this.voice) return;
    speechSynthesis.cancel();
    const sentences = source.innerText.split(/(?<=[.!?:])\s+|\n+/).map((part) => part.trim()).filter(Boolean);
    sentences.forEach((sentence, index) => {
      const utterance = new SpeechSynthesisUtterance(sentence);
      utterance.lang = 'vi-VN';
      if (this.voice) utterance.voice = this.voice;
      if (index === sentences.length - 1) utterance.addEventListener('end', () => this.show('idle'));
      speechSynthesis.speak(utterance);
    });
    this.show('playing');
  }

  private stop() {
    speechSynthesis.cancel();
    this.show('idle');
  }
}

customElements.define('hvs-read-aloud', HvsReadAloud);
