import { gunzipSync } from 'node:zlib';
import { routes } from '../routes.ts';
import { SEARCH_TYPES } from './facets.ts';
import { foldTokens, type Kind, type SearchIndex, type SearchPage } from './model.ts';
import type { Vocabulary } from './plan.ts';

/*
 * Turns the pages Pagefind read from the build (its fragments: text, title,
 * headings, filters) into the site's own search index (model.ts). Pagefind
 * stays the extractor, so every data-pagefind-* mark in the pages keeps its
 * meaning; the browser then searches this one small file.
 */

/** What a Pagefind fragment holds, as far as the index needs it. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors?: { element: string; text: string }[];
}

/** Reads one `fragment/*.pf_fragment` file: gzip, then a signature, then JSON. */
export function readFragment(bytes: Uint8Array): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
}

/** Words of the lead kept as the result's excerpt. */
const EXCERPT_WORDS = 32;
/** Words after the title that count as the page's opening, with its headings. */
const LEAD_WORDS = 40;
/** A heading on more than this share of pages (and more than SHARED_MIN) is boilerplate. */
const SHARED_SHARE = 0.1;
const SHARED_MIN = 3;
/** A page quoting this many lesson titles lists lessons: it keeps only its own words, and ranks low. */
const LISTING_TITLES = 3;

function kindOf(fragment: Fragment): Kind {
  const type = fragment.filters['type']?.[0];
  if (type === SEARCH_TYPES.lesson) return 'lesson';
  if (type === SEARCH_TYPES.news) return 'news';
  if (type === SEARCH_TYPES.event) return 'event';
  const parts = fragment.url.split('/').filter(Boolean);
  // The practice page of a lesson lives one level under routes.practice, a course one level under routes.courses.
  const section = `${parts[0] ?? ''}/`;
  if (parts.length === 2 && section === routes.practice) return 'practice';
  if (parts.length === 2 && section === routes.courses) return 'course';
  return 'page';
}

/** Removes every run of `needle` from `tokens`; returns how many were removed. */
function cut(tokens: (string | null)[], needle: string[]): number {
  let found = 0;
  if (!needle.length) return 0;
  outer: for (let start = 0; start + needle.length <= tokens.length; start += 1) {
    for (let i = 0; i < needle.length; i += 1) if (tokens[start + i] !== needle[i]) continue outer;
    for (let i = 0; i < needle.length; i += 1) tokens[start + i] = null;
    found += 1;
  }
  return found;
}

function excerpt(content: string, title: string): string {
  const rest = content.startsWith(title) ? content.slice(title.length).replace(/^[\s.]+/, '') : content;
  const words = rest.split(/\s+/).filter(Boolean);
  return words.slice(0, EXCERPT_WORDS).join(' ') + (words.length > EXCERPT_WORDS ? ' …' : '');
}

export function buildIndex(fragments: Fragment[], vocabulary: Vocabulary = { stopPhrases: [], synonyms: [] }): SearchIndex {
  const sorted = [...fragments].sort((a, b) => a.url.localeCompare(b.url));
  const kinds = sorted.map(kindOf);
  const lessonTitles = sorted.flatMap((fragment, i) => (kinds[i] === 'lesson' ? [foldTokens(fragment.meta['title'] ?? '')] : []));
  // Headings most pages share ("Tự kiểm tra", "Nguồn") say nothing about a page: they are not part of its head.
  const headingsOf = (fragment: Fragment) => (fragment.anchors ?? []).filter((anchor) => /^h[1-3]$/.test(anchor.element)).map((anchor) => foldTokens(anchor.text).join(' '));
  const headingPages = new Map<string, number>();
  for (const fragment of sorted) for (const heading of new Set(headingsOf(fragment))) headingPages.set(heading, (headingPages.get(heading) ?? 0) + 1);
  const shared = (heading: string) => (headingPages.get(heading) ?? 0) > Math.max(SHARED_MIN, sorted.length * SHARED_SHARE);
  const pages: SearchPage[] = [];
  const words = new Map<string, number[]>();
  const lastPage = new Map<string, number>();
  sorted.forEach((fragment, index) => {
    const title = fragment.meta['title'] ?? fragment.url;
    const titleTokens = foldTokens(title);
    const body: (string | null)[] = foldTokens(fragment.content);
    // The page's own title opens its text; it is counted as the title, not again as text.
    if (titleTokens.every((token, i) => body[i] === token)) for (let i = 0; i < titleTokens.length; i += 1) body[i] = null;
    let kind = kinds[index] ?? 'page';
    if (kind !== 'lesson') {
      // Pages that list lessons index their own words only, so they do not answer every query a lesson answers.
      const quoted = lessonTitles.filter((lesson) => lesson.join(' ') !== titleTokens.join(' ') && cut(body, lesson) > 0).length;
      if (quoted >= LISTING_TITLES) kind = 'listing';
    }
    const text = body.filter((token): token is string => token !== null);
    const headings = headingsOf(fragment).filter((heading) => heading && !shared(heading));
    // How residents name the topic (a lesson's searchTerms) counts like a heading: words the lesson itself may never use.
    const terms = (fragment.meta['terms'] ?? '').split('|').map((term) => foldTokens(term).join(' ')).filter(Boolean);
    const lead = text.slice(0, LEAD_WORDS);
    const head = [titleTokens.join(' '), ...terms, ...headings, lead.join(' ')].join(' | ');
    const inTitle = new Set(titleTokens);
    const inHead = new Set(head.split(' '));
    const counts = new Map<string, number>();
    for (const token of [...titleTokens, ...terms.flatMap((term) => term.split(' ')), ...text]) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const [token, count] of counts) {
      const flags = (inTitle.has(token) ? 1 : 0) | (inHead.has(token) ? 2 : 0);
      const list = words.get(token) ?? [];
      // Pages come in order: each is written as its gap to the one before (model.ts postingsOf).
      list.push(index - (lastPage.get(token) ?? -1) - 1, Math.min(count, 63) * 4 + flags);
      lastPage.set(token, index);
      words.set(token, list);
    }
    const course = fragment.filters['course']?.[0];
    pages.push({
      url: fragment.url,
      title,
      kind,
      where: fragment.meta['course'] ?? fragment.meta['section'] ?? '',
      excerpt: excerpt(fragment.content, title),
      head,
      length: text.length,
      ...(course ? { course } : {}),
      audiences: fragment.filters['audience'] ?? [],
    });
  });
  return { pages, words: Object.fromEntries(words), vocabulary };
}
