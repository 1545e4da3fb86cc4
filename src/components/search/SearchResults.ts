import { define, HvsElement } from '../../browser/element';
import { TYPE_FILTERS } from '../../lib/search/facets';
import type { SearchIndex, SearchPage } from '../../lib/search/model';
import { listAll, searchIndex } from '../../lib/search/rank';
import { fill } from '../../lib/text/fill';

const SHOWN = 20;

/** The filters in the address: parameter, and how a page is kept. */
const FILTERS: { name: string; keeps: (page: SearchPage, value: string) => boolean }[] = [
  { name: 'loai', keeps: (page, value) => TYPE_FILTERS.find((type) => type.value === value)?.kinds.includes(page.kind) ?? true },
  { name: 'khoa', keeps: (page, value) => page.course === value },
  { name: 'nhom', keeps: (page, value) => page.audiences.includes(value) },
];

/** Fetches the index once: gzip unpacked here (small on any host), plain JSON where the browser cannot unpack. */
async function loadIndex(file: string): Promise<SearchIndex> {
  if (typeof DecompressionStream === 'function') {
    const response = await fetch(`${file}.gz`);
    if (!response.ok) throw new Error(String(response.status));
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A host that labels .gz files as gzip-encoded has the browser unpack them already.
    const packed = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const text = packed ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text() : new TextDecoder().decode(bytes);
    return JSON.parse(text) as SearchIndex;
  }
  const response = await fetch(file);
  if (!response.ok) throw new Error(String(response.status));
  return (await response.json()) as SearchIndex;
}

/**
 * Runs the ?q= query with the filters in the address against the site's
 * index (lib/search/), shows the best 20, and runs again as soon as a filter
 * changes, announcing the new count. With an empty box a filter lists every
 * page of its kind. When no page holds enough of the query it says so and
 * shows the help desk and the most useful lessons.
 */
class HvsSearch extends HvsElement {
  #index?: Promise<SearchIndex>;

  /** Completed runs, in `data-runs`: lets a test tell a fresh answer from the one before. */
  #runs = 0;

  init() {
    const form = document.querySelector<HTMLInputElement>('main input[name="q"]')?.form;
    if (form) {
      for (const select of form.querySelectorAll('select')) select.addEventListener('change', () => this.#refilter(form));
      // A new query is answered in place: the index is already loaded, and the address still follows (back button, shared link).
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const params = this.#fromForm(form);
        history.pushState(history.state, '', `?${params.toString()}`);
        void this.#run(params);
      });
      addEventListener('popstate', () => this.#show(form, false));
    }
    if (form) this.#show(form, true);
    else void this.#run(new URLSearchParams(location.search));
  }

  /**
   * Puts the address's query and filters into the form and answers them. On arrival, an address
   * without ?q= leaves the box with what the resident typed before this script came.
   */
  #show(form: HTMLFormElement, arriving: boolean) {
    const params = new URLSearchParams(location.search);
    for (const select of form.querySelectorAll('select')) select.value = params.get(select.name) ?? '';
    const input = form.querySelector<HTMLInputElement>('input[name="q"]');
    const query = params.get('q');
    if (input && !(arriving && query === null)) input.value = query?.trim() ?? '';
    void this.#run(params);
  }

  /** The form's query and chosen filters, as the address holds them. */
  #fromForm(form: HTMLFormElement): URLSearchParams {
    const params = new URLSearchParams();
    const query = form.querySelector<HTMLInputElement>('input[name="q"]')?.value.trim() ?? '';
    if (query) params.set('q', query);
    for (const select of form.querySelectorAll('select')) if (select.value) params.set(select.name, select.value);
    return params;
  }

  /** A filter changed: the address follows, so the back button and a shared link keep it. */
  #refilter(form: HTMLFormElement) {
    const params = new URLSearchParams(location.search);
    for (const select of form.querySelectorAll('select')) {
      if (select.value) params.set(select.name, select.value);
      else params.delete(select.name);
    }
    history.replaceState(history.state, '', `?${params.toString()}`);
    void this.#run(params);
  }

  #done() {
    this.#runs += 1;
    this.dataset['runs'] = String(this.#runs);
  }

  async #run(params: URLSearchParams) {
    const query = params.get('q')?.trim() ?? '';
    const chosen = FILTERS.flatMap(({ name, keeps }) => {
      const value = params.get(name);
      const select = document.querySelector<HTMLSelectElement>(`main select[name="${name}"]`);
      // The address holds the slug; the index holds what the option's data-filter says.
      const stored = select?.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(value ?? '')}"]`)?.dataset['filter'] ?? value;
      return value && stored ? [(page: SearchPage) => keeps(page, stored)] : [];
    });
    const list = this.required('[data-results]');
    const none = this.required('[data-nothing]');
    if (!query && !chosen.length) {
      list.replaceChildren();
      none.hidden = true;
      this.say('');
      this.#done();
      return;
    }
    const file = this.text('file');
    const base = this.text('base') || '/';
    this.say(this.text('loading'));
    try {
      const index = await (this.#index ??= loadIndex(file));
      const kept = (page: SearchPage) => chosen.every((keep) => keep(page));
      let pages: SearchPage[];
      let fits = true;
      if (query) {
        const ranking = searchIndex(index, query);
        fits = ranking.fits;
        pages = ranking.results.map((result) => result.page).filter(kept);
      } else {
        pages = listAll(index.pages.filter(kept));
      }
      list.replaceChildren(...pages.slice(0, query ? SHOWN : pages.length).map((page) => this.#item(page, base)));
      none.hidden = pages.length > 0 || (fits && chosen.length > 0);
      if (!query) this.say(fill(this.text('listed'), { count: pages.length }));
      else if (pages.length) this.say(fill(this.text('found'), { count: pages.length, query }));
      else this.say(fill(this.text(fits ? 'noneFiltered' : 'none'), { query }));
    } catch {
      this.say(this.text('failed'));
    }
    this.#done();
  }

  #item(page: SearchPage, base: string) {
    const item = document.createElement('li');
    // The kind comes first and in the link's name: a lesson and its practice page share a title.
    const kind = document.createElement('p');
    kind.className = 'font-bold';
    const label = this.text(`kind${page.kind.charAt(0).toUpperCase()}${page.kind.slice(1)}`);
    kind.textContent = page.where && page.where !== label && !label.startsWith(page.where) ? `${label} · ${page.where}` : label;
    const heading = document.createElement('h2');
    heading.className = 'text-2xl';
    const link = document.createElement('a');
    link.href = base.replace(/\/$/, '') + page.url;
    link.className = 'inline-flex min-h-target items-center';
    link.textContent = page.kind === 'lesson' ? page.title : `${page.title} (${label.replace(/ \(.*\)$/, '').toLocaleLowerCase('vi')})`;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'mt-1';
    excerpt.textContent = page.excerpt;
    item.append(kind, heading, excerpt);
    return item;
  }
}

define('hvs-search', HvsSearch);
