import { fill } from '../lib/text/fill';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/** Runs the ?q= query against the Pagefind index and lists the results. */
class HvsSearch extends HTMLElement {
  async connectedCallback() {
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const status = this.querySelector('[role="status"]');
    const list = this.querySelector('ol');
    if (!query || !status || !list) return;
    const { bundle = '', base = '/', loading = '', found = '', none = '', failed = '' } = this.dataset;
    status.textContent = loading;
    try {
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base });
      const search = await pagefind.search(query);
      const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
      list.replaceChildren(...results.map((result) => this.item(result)));
      status.textContent = fill(results.length ? found : none, { count: String(search.results.length), query });
    } catch {
      status.textContent = failed;
    }
  }

  private item(result: PagefindResult) {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    heading.className = 'text-2xl';
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'mt-1';
    // Pagefind escapes page text and adds only <mark> around matches.
    excerpt.innerHTML = result.excerpt;
    item.append(heading, excerpt);
    return item;
  }
}

customElements.define('hvs-search', HvsSearch);
