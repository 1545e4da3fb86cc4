import { fold } from '../text/fold.ts';
import type { Vocabulary } from './plan.ts';

/** What a page is, for ranking and for the "Loại" filter. */
export type Kind = 'lesson' | 'practice' | 'course' | 'listing' | 'page' | 'news' | 'event';

export interface SearchPage {
  /** Address under the site's base, e.g. "/khoa-hoc/x/y/". */
  url: string;
  title: string;
  kind: Kind;
  /** Course or section shown under the title. */
  where: string;
  /** The page's opening words, shown under the result. */
  excerpt: string;
  /** Folded title, headings and opening, parts split by " | ", for phrases. */
  head: string;
  /** Words of text (own words only for a listing page). */
  length: number;
  /** Course title, for lessons. */
  course?: string;
  audiences: string[];
}

/**
 * The site's search index, written at build time (index-build.ts). `words` is
 * also the word list typos are corrected against: for each folded word, pairs
 * of numbers (gap to the previous page index, minus one; count × 4 + 1 if in
 * the title + 2 if in the headings or opening), pages in order. Gaps are small
 * numbers, which keeps the gzip index about a seventh smaller; `postingsOf`
 * reads them back.
 */
export interface SearchIndex {
  pages: SearchPage[];
  words: Record<string, number[]>;
  /** The editors' stop words and synonyms (content/search/), carried in the gzip index rather than in the page. */
  vocabulary: Vocabulary;
}

/** A syllable ending in "y" after a consonant is written with "i" too: "kỹ"/"kĩ", "sỹ"/"sĩ", "lý"/"lí". */
const Y_AS_I = /^(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|nh|p|ph|r|s|t|th|tr|v|x)y$/;

/** Folded words: no marks, "đ" as "d", lowercase, "y" after a consonant as "i"; "Wi-Fi" is "wi fi". */
export const foldTokens = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((token) => (Y_AS_I.test(token) ? `${token.slice(0, -1)}i` : token));

/** Pages of one word's postings in the index: [page index, count × 4 + flags]. */
export function postingsOf(list: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let page = -1;
  for (let i = 0; i + 1 < list.length; i += 2) {
    page += (list[i] ?? 0) + 1;
    out.push([page, list[i + 1] ?? 0]);
  }
  return out;
}
