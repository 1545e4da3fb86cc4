import { define, HvsElement } from '../../browser/element';
import { betterScore, DRILL_KEY, parseDrillScore, type DrillScore } from '../../lib/drill-score';
import { storedValue } from '../../lib/storage';
import { fill } from '../../lib/text/fill';

/** The stored best score for rounds of `round` scenarios; storage may be refused (private mode) or hold anything. */
const savedScore = (round: number) => storedValue<DrillScore | null, DrillScore>(DRILL_KEY, (raw) => parseDrillScore(raw, round));

/** Picks `count` different items at random (Fisher–Yates on a copy). */
function pick<T>(items: T[], count: number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy.slice(0, count);
}

/**
 * A round of scam drills: five scenarios at random from the list on the page,
 * answered one at a time; the best score stays on this device only.
 */
class HvsScamDrill extends HvsElement {
  #round: HTMLElement[] = [];
  #index = 0;
  #score = 0;

  init() {
    const controls = this.required('[data-controls]');
    controls.hidden = false;
    this.#showBest(this.required('[data-best-score]'));
    for (const start of this.querySelectorAll('[data-start]')) start.addEventListener('click', () => this.#start());
    for (const answer of this.querySelectorAll<HTMLButtonElement>('[data-answer]')) {
      answer.addEventListener('click', () => this.#answer(answer.dataset['answer'] ?? ''));
    }
    this.required('[data-next]').addEventListener('click', () => this.#next());
    this.#watchUrls(this);
    // The site's font arriving late changes how wide an address is, not the size of its box.
    document.fonts.addEventListener('loadingdone', this.#recheckUrls);
  }

  #recheckUrls = () => {
    for (const url of this.querySelectorAll<HTMLElement>('.hvs-url')) HvsScamDrill.#tabStopIfScrolls(url);
  };

  // A fake address box is a Tab stop only while it has to scroll sideways to be read.
  static #tabStopIfScrolls(url: HTMLElement) {
    if (url.scrollWidth > url.clientWidth + 1) url.tabIndex = 0;
    else url.removeAttribute('tabindex');
  }

  #urls = new ResizeObserver((entries) => {
    for (const { target } of entries) if (target instanceof HTMLElement) HvsScamDrill.#tabStopIfScrolls(target);
  });

  #watchUrls(within: ParentNode) {
    for (const url of within.querySelectorAll('.hvs-url')) this.#urls.observe(url);
  }

  disconnectedCallback() {
    this.#urls.disconnect();
    document.fonts.removeEventListener('loadingdone', this.#recheckUrls);
  }

  /** Scenarios in a round: the page's setting, never more than the scenarios listed. */
  #roundSize(): number {
    const listed = this.querySelectorAll('[data-list] > li').length;
    const wanted = this.number('round', 5);
    return Math.min(Number.isInteger(wanted) && wanted > 0 ? wanted : 5, listed);
  }

  #showBest(target: HTMLElement) {
    const saved = savedScore(this.#roundSize()).load();
    target.textContent = saved ? fill(this.text('best'), { score: saved.best, total: saved.total }) : '';
  }

  #start() {
    const items = [...this.querySelectorAll<HTMLElement>('[data-list] > li')];
    this.#round = pick(items, this.#roundSize());
    this.#index = 0;
    this.#score = 0;
    this.required('[data-list]').hidden = true;
    this.required('[data-controls]').hidden = true;
    this.required('[data-end]').hidden = true;
    this.required('[data-play]').hidden = false;
    this.#present();
  }

  #present() {
    const scenario = this.#round[this.#index];
    if (!scenario) return;
    const counter = this.required('[data-counter]');
    counter.textContent = fill(this.text('of'), { number: this.#index + 1, total: this.#round.length });
    const view = scenario.querySelector('[data-show] .hvs-message')?.cloneNode(true);
    const slot = this.required('[data-slot]');
    slot.replaceChildren(...(view ? [view] : []));
    this.#watchUrls(slot);
    slot.dataset['scenario'] = scenario.dataset['scenario'] ?? '';
    this.required('[data-verdict]').textContent = '';
    this.required('[data-explanation]').replaceChildren();
    this.required('[data-feedback]').hidden = true;
    for (const answer of this.querySelectorAll<HTMLButtonElement>('[data-answer]')) answer.disabled = false;
    const next = this.required('[data-next]');
    next.hidden = true;
    const label = this.required('[data-next-label]');
    next.dataset['label'] ??= label.textContent ?? '';
    // The last scenario's button leads to the score, and says so.
    label.textContent = this.#index === this.#round.length - 1 ? (next.dataset['lastLabel'] ?? '') : next.dataset['label'];
    counter.focus();
  }

  #answer(choice: string) {
    const scenario = this.#round[this.#index];
    if (!scenario) return;
    const right = choice === scenario.dataset['answer'];
    if (right) this.#score += 1;
    for (const answer of this.querySelectorAll<HTMLButtonElement>('[data-answer]')) answer.disabled = true;
    this.required('[data-verdict]').textContent = this.text(right ? 'correct' : 'incorrect');
    const explanation = scenario.querySelector('[data-explain]')?.cloneNode(true);
    this.required('[data-explanation]').replaceChildren(...(explanation ? [explanation] : []));
    this.required('[data-next]').hidden = false;
    // The verdict and its explanation take focus (a screen reader reads the group's
    // name and description) with the verdict's top on screen at any text size;
    // the Next button follows them in the tab order.
    const feedback = this.required('[data-feedback]');
    feedback.hidden = false;
    feedback.focus({ preventScroll: true });
    feedback.scrollIntoView({ block: 'start' });
  }

  #next() {
    this.#index += 1;
    if (this.#index < this.#round.length) {
      this.#present();
      return;
    }
    const total = this.#round.length;
    // Private browsing may refuse storage; the round still ends normally.
    const saved = savedScore(total);
    saved.save(betterScore(saved.load(), this.#score, total));
    this.required('[data-play]').hidden = true;
    this.required('[data-list]').hidden = false;
    this.required('[data-end]').hidden = false;
    const score = this.required('[data-score]');
    score.textContent = fill(this.text('result'), { score: this.#score, total });
    this.#showBest(this.required('[data-end-best]'));
    score.focus();
  }
}

define('hvs-scam-drill', HvsScamDrill);
