import { fold } from '../text/fold.ts';

/*
 * Turns what a resident typed into the Pagefind queries that find what the
 * properly typed query finds. Pagefind already ignores case and tone and
 * vowel marks, but keeps "đ" apart from "d", needs every word on a page, and
 * knows no synonyms; so the plan drops words that carry no topic, adds the
 * official words for everyday ones, and tries "đ" for a "d" typed without
 * marks. The browser runs each query and merges the results (merge.ts).
 */

export interface Vocabulary {
  /** Phrases that carry no topic ("làm sao để", "như thế nào"). */
  stopPhrases: string[];
  /** Groups of words that mean the same to a resident ("app", "ứng dụng"). */
  synonyms: string[][];
}

export interface QueryPlan {
  /** The cleaned query, as typed but in NFC without topic-less words. */
  cleaned: string;
  /** The cleaned query and its spellings with "đ". */
  queries: string[];
  /** The same with everyday words swapped for official ones and back; they count a little less. */
  synonyms: string[];
  /** The whole query and each pair of neighbouring syllables as exact phrases: words kept together rank higher. */
  phrases: string[];
  /** The query less one word at a time, so a page missing one word still shows, lower down. */
  relaxed: string[];
}

const MAX_QUERIES = 16;

const tokens = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{M}\d\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Index of the first run of `needle` inside `haystack` at or after `from`, comparing folded tokens. */
function findRun(haystack: string[], needle: string[], from = 0): number {
  outer: for (let start = from; start + needle.length <= haystack.length; start += 1) {
    for (let i = 0; i < needle.length; i += 1) if (haystack[start + i] !== needle[i]) continue outer;
    return start;
  }
  return -1;
}

/**
 * Removes topic-less phrases; keeps the query whole when nothing would remain.
 * A word typed with marks must match exactly ("cài" is not "cái"); one typed
 * without marks matches any marks.
 */
export function dropStopPhrases(words: string[], stopPhrases: string[]): string[] {
  const keep = words.map(() => true);
  const same = (typed: string, stop: string) => (typed === fold(typed) ? typed === fold(stop) : typed === stop);
  const phrases = stopPhrases.map(tokens).sort((a, b) => b.length - a.length);
  for (const phrase of phrases) {
    for (let start = 0; start + phrase.length <= words.length; start += 1) {
      const here = phrase.every((stop, i) => keep[start + i] && same(words[start + i] ?? '', stop));
      if (here) for (let i = start; i < start + phrase.length; i += 1) keep[i] = false;
    }
  }
  const left = words.filter((_, index) => keep[index]);
  return left.length ? left : words;
}

/** Variants of a query with each synonym group's members swapped in. */
function withSynonyms(words: string[], synonyms: string[][]): string[][] {
  let variants = [words];
  for (const group of synonyms) {
    const members = group.map(tokens);
    const next: string[][] = [];
    for (const variant of variants) {
      next.push(variant);
      const folded = variant.map(fold);
      for (const member of members) {
        const at = findRun(folded, member.map(fold));
        if (at === -1) continue;
        for (const other of members) {
          if (other === member) continue;
          next.push([...variant.slice(0, at), ...other, ...variant.slice(at + member.length)]);
        }
        break;
      }
    }
    variants = next;
  }
  return variants;
}

/** "d" typed without marks may stand for "đ", which only begins a syllable. */
function withDStroke(words: string[]): string[][] {
  let variants: string[][] = [[]];
  for (const word of words) {
    const options = word.startsWith('d') && fold(word) === word ? [word, `đ${word.slice(1)}`] : [word];
    variants = variants.flatMap((variant) => options.map((option) => [...variant, option]));
    if (variants.length > MAX_QUERIES) variants = variants.slice(0, MAX_QUERIES);
  }
  return variants;
}

export function planQuery(raw: string, vocabulary: Vocabulary): QueryPlan {
  const words = dropStopPhrases(tokens(raw), vocabulary.stopPhrases);
  const cleaned = words.join(' ');
  const queries = withDStroke(words).map((spelled) => spelled.join(' '));
  const synonyms: string[] = [];
  for (const variant of withSynonyms(words, vocabulary.synonyms).slice(1)) {
    for (const spelled of withDStroke(variant)) {
      const query = spelled.join(' ');
      if (!queries.includes(query) && !synonyms.includes(query)) synonyms.push(query);
    }
  }
  const phrases = words.length > 1 ? [cleaned, ...(words.length > 2 ? words.slice(1).map((word, i) => `${words[i]} ${word}`) : [])] : [];
  const relaxed: string[] = [];
  if (words.length > 1) {
    for (let skip = 0; skip < words.length; skip += 1) {
      for (const spelled of withDStroke(words.filter((_, index) => index !== skip)).slice(0, 2)) {
        const query = spelled.join(' ');
        if (!queries.includes(query) && !relaxed.includes(query)) relaxed.push(query);
      }
    }
  }
  return {
    cleaned,
    queries: queries.slice(0, MAX_QUERIES),
    synonyms: synonyms.slice(0, MAX_QUERIES),
    phrases: phrases.map((phrase) => `"${phrase}"`),
    relaxed: relaxed.slice(0, MAX_QUERIES / 2),
  };
}
