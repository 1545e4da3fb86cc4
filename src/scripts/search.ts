import { mergeHits, type Hit } from '../lib/search/merge';
import { planQuery, type Vocabulary } from '../lib/search/plan';
import { fill } from '../lib/text/fill';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; course?: string; section?: string };
}

interface PagefindHit extends Hit {
  data(): Promise<PagefindResult>;
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] } | null>;
}

const SHOWN = 20;

/**
 * Runs the ?q= query, with the filters in the address, against the Pagefind
 * index: every query the plan asks for, merged, then the best 20 shown.
 */
class HvsSearch extends HTMLElement {
  async connectedCallback() {
    const params = new URLSearchParams(location.search);
    const query = params.get('q')?.trim() ?? '';
    const status = this.querySelector('[role="status"]');
    const list = this.querySelector('[data-results]');
    const form = document.querySelector<HTMLInputElement>('main input[name="q"]')?.form;
    const filters: Record<string, string> = {};
    for (const [name, key] of [['loai', 'type'], ['khoa', 'course'], ['nhom', 'audience']] as const) {
      const select = form?.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      if (!select) continue;
      select.value = params.get(name) ?? '';
      const chosen = select.selectedOptions[0]?.dataset['filter'];
      if (chosen) filters[key] = chosen;
    }
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    if (input) input.value = query;
    if (!query || !status || !list) return;
    const { bundle = '', base = '/', vocabulary = '{}', loading = '', found = '', none = '', failed = '' } = this.dataset;
    status.textContent = loading;
    try {
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base });
      const plan = planQuery(query, JSON.parse(vocabulary) as Vocabulary);
      const run = async (text: string) => (await pagefind.search(text, { filters }))?.results ?? [];
      const runAll = (queries: string[]) => Promise.all(queries.map(run));
      const [queries, synonyms, relaxed, phrases] = await Promise.all([
        runAll(plan.queries),
        runAll(plan.synonyms),
        runAll(plan.relaxed),
        runAll(plan.phrases),
      ]);
      const byId = new Map([...queries, ...synonyms, ...relaxed].flat().map((hit) => [hit.id, hit]));
      const ids = mergeHits({ queries, synonyms, relaxed, phrases });
      const results = await Promise.all(ids.slice(0, SHOWN).flatMap((id) => byId.get(id)?.data() ?? []));
      list.replaceChildren(...results.map((result) => this.item(result)));
      status.textContent = fill(ids.length ? found : none, { count: ids.length, query });
      this.querySelector<HTMLElement>('[data-popular]')?.toggleAttribute('hidden', ids.length > 0);
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
    link.className = 'inline-flex min-h-target items-center';
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const where = document.createElement('p');
    where.className = 'font-bold text-text-muted';
    where.textContent = result.meta.course ?? result.meta.section ?? '';
    const excerpt = document.createElement('p');
    excerpt.className = 'mt-1';
    // Pagefind escapes page text and adds only <mark> around matches.
    excerpt.innerHTML = result.excerpt;
    item.append(heading, where, excerpt);
    return item;
  }
}

customElements.define('hvs-search', HvsSearch);
