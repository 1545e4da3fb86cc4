import { fold } from '../text/fold.ts';
import { foldTokens } from './model.ts';

/*
 * Turns what a resident typed into units to look for: each word (or
 * everyday phrase) with the spellings the index holds. Everything is folded
 * (no marks, "đ" read as "d"), so every reading of "d"/"đ" and both tone
 * styles match. A word the index does not hold is read as the start of a
 * longer word, then as a typo: one letter wrong, missing, extra or two
 * swapped, against the build's word list. Exact words always weigh more.
 */

export interface Vocabulary {
  /** Phrases that carry no topic ("làm sao để", "như thế nào"). */
  stopPhrases: string[];
  /** Groups of words that mean the same to a resident ("app", "ứng dụng"). */
  synonyms: string[][];
}

/** How one unit may be found: folded words, all needed, and how much finding them counts. */
export interface Alternative {
  tokens: string[];
  weight: number;
  how: 'exact' | 'synonym' | 'prefix' | 'typo';
}

export interface Unit {
  /** The folded words as typed. */
  typed: string[];
  alternatives: Alternative[];
}

export interface QueryPlan {
  /** The cleaned query, NFC and lowercase, without topic-less words. */
  cleaned: string;
  units: Unit[];
}

/** How much a way of finding a unit counts against the word as typed. */
export const WEIGHTS = { exact: 1, synonym: 0.85, prefix: 0.8, typo: 0.7 } as const;
/** At most this many longer words are tried for a prefix. */
const MAX_PREFIX = 12;
/** Shorter words are corrected only by swapping their two letters: one letter changes them into too many others. */
const MIN_TYPO_LENGTH = 3;

const rawTokens = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{M}\d\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * Removes topic-less phrases, except inside a phrase of `vocabularyPhrases` (folded);
 * keeps the query whole when nothing would remain.
 * A word typed with marks must match exactly ("cài" is not "cái"); one typed
 * without marks matches any marks.
 */
export function dropStopPhrases(words: string[], stopPhrases: string[], vocabularyPhrases: string[][] = []): string[] {
  const keep = words.map(() => true);
  // A stop word inside a phrase of the vocabulary is part of it: "bằng" of "bằng lái xe" stays.
  const kept = words.map(() => false);
  const folded = words.map((word) => foldTokens(word).join(' '));
  for (const phrase of vocabularyPhrases) {
    if (phrase.length < 2) continue;
    for (let start = 0; start + phrase.length <= words.length; start += 1) {
      if (phrase.every((token, i) => folded[start + i] === token)) for (let i = start; i < start + phrase.length; i += 1) kept[i] = true;
    }
  }
  const same = (typed: string, stop: string) => (typed === fold(typed) ? typed === fold(stop) : typed === stop);
  const phrases = stopPhrases.map(rawTokens).sort((a, b) => b.length - a.length);
  for (const phrase of phrases) {
    for (let start = 0; start + phrase.length <= words.length; start += 1) {
      const here = phrase.every((stop, i) => keep[start + i] && !kept[start + i] && same(words[start + i] ?? '', stop));
      if (here) for (let i = start; i < start + phrase.length; i += 1) keep[i] = false;
    }
  }
  const left = words.filter((_, index) => keep[index]);
  return left.length ? left : words;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Every string one edit away: a letter deleted, swapped with the next, replaced or inserted. */
export function oneEdit(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i += 1) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail) out.add(head + letter + tail.slice(1));
      out.add(head + letter + tail);
    }
  }
  out.delete(word);
  return out;
}

/** The ways one folded word may be found in the index. */
function spellings(word: string, known: (word: string) => boolean, words: readonly string[], rare: (word: string) => boolean, marked = false): Alternative[] {
  const exact: Alternative = { tokens: [word], weight: WEIGHTS.exact, how: 'exact' };
  // A word the site uses once or twice may itself be a typo of a common one ("kheo" for "khoe"): both are tried, the exact one weighing more.
  if (known(word) && !(rare(word) && word.length > MIN_TYPO_LENGTH)) return [exact];
  const found: Alternative[] = known(word) ? [exact] : [];
  // A word typed with marks is a whole syllable ("xổ"), not the start of a longer one.
  if (word.length >= 2 && !marked) {
    for (const other of words) {
      if (other.length > word.length && other.startsWith(word)) found.push({ tokens: [other], weight: WEIGHTS.prefix, how: 'prefix' });
      if (found.length >= MAX_PREFIX) break;
    }
  }
  if (word.length > MIN_TYPO_LENGTH) {
    for (const other of oneEdit(word)) if (known(other) && !(found.length && rare(other))) found.push({ tokens: [other], weight: WEIGHTS.typo * (found.length ? 0.8 : 1), how: 'typo' });
  } else if (word.length === MIN_TYPO_LENGTH) {
    // Three letters: a letter typed twice ("xaa"), two swapped, or a letter Vietnamese does not use ("lwa").
    for (const other of oneEdit(word)) {
      const doubled = other.length < word.length && /(.)\1/.test(word);
      const fits = doubled || (other.length === word.length && [...other].sort().join('') === [...word].sort().join('')) || /[fjwz]/.test(word);
      if (fits && known(other)) found.push({ tokens: [other], weight: WEIGHTS.typo, how: 'typo' });
    }
  } else if (word.length === 2) {
    const swapped = `${word[1]}${word[0]}`;
    if (known(swapped)) found.push({ tokens: [swapped], weight: WEIGHTS.typo, how: 'typo' });
  }
  return found;
}

/** Index of the first run of `needle` inside `haystack`, or -1. */
function findRun(haystack: string[], needle: string[]): number {
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let i = 0; i < needle.length; i += 1) if (haystack[start + i] !== needle[i]) continue outer;
    return start;
  }
  return -1;
}

/**
 * Plans a query against the index's word list (`words`, folded; `rare`: the
 * words few pages use). Synonym groups are found first, longest member first,
 * and become one unit each.
 */
export function planQuery(raw: string, vocabulary: Vocabulary, words: readonly string[], rare: (word: string) => boolean = () => false): QueryPlan {
  const kept = dropStopPhrases(rawTokens(raw), vocabulary.stopPhrases, vocabulary.synonyms.flat().map(foldTokens));
  const typedWords = kept.flatMap((word) => foldTokens(word).map((token) => ({ token, marked: fold(word) !== word })));
  const folded = typedWords.map(({ token }) => token);
  const wordSet = new Set(words);
  const known = (word: string) => wordSet.has(word);
  const units: (Unit | null)[] = folded.map(() => null);
  const taken = folded.map(() => false);
  const groups = vocabulary.synonyms.map((group) => group.map(foldTokens));
  const members = groups.flatMap((group) => group.map((member) => ({ member, group }))).sort((a, b) => b.member.length - a.member.length);
  // A typo inside a phrase of the vocabulary ("dien thaoi") is corrected when the correction completes the phrase.
  const corrected = new Set<number>();
  const phraseWords = new Set(members.filter(({ member }) => member.length > 1).flatMap(({ member }) => member));
  folded.forEach((word, i) => {
    if (known(word) || word.length <= MIN_TYPO_LENGTH) return;
    for (const other of oneEdit(word)) {
      if (!phraseWords.has(other)) continue;
      const trial = folded.map((token, j) => (j === i ? other : token));
      const completes = members.some(({ member }) => {
        if (member.length < 2) return false;
        const at = findRun(trial, member);
        return at !== -1 && at <= i && i < at + member.length;
      });
      if (completes) {
        folded[i] = other;
        corrected.add(i);
        return;
      }
    }
  });
  for (const { member, group } of members) {
    const at = findRun(folded, member);
    if (at === -1 || member.some((_, i) => taken[at + i])) continue;
    for (let i = 0; i < member.length; i += 1) taken[at + i] = true;
    const typo = member.some((_, i) => corrected.has(at + i));
    units[at] = {
      typed: member,
      alternatives: group
        .filter((other) => other.every(known))
        .map((other) => {
          const same = other.join(' ') === member.join(' ');
          if (typo) return { tokens: other, weight: WEIGHTS.typo, how: 'typo' as const };
          return { tokens: other, weight: same ? WEIGHTS.exact : WEIGHTS.synonym, how: same ? ('exact' as const) : ('synonym' as const) };
        }),
    };
  }
  // A one-word member of a group ("wifi") is a word too, so a typo of it ("wfii") finds the group.
  const oneWord = new Map(members.filter(({ member }) => member.length === 1).map(({ member, group }) => [member[0] ?? '', group]));
  folded.forEach((word, i) => {
    if (taken[i]) return;
    const alternatives = spellings(word, (other) => known(other) || oneWord.has(other), words, rare, typedWords[i]?.marked).flatMap((alt) => {
      const group = alt.how === 'typo' ? oneWord.get(alt.tokens[0] ?? '') : undefined;
      return group ? group.filter((other) => other.every(known)).map((other) => ({ tokens: other, weight: WEIGHTS.typo, how: 'typo' as const })) : [alt];
    });
    units[i] = { typed: [word], alternatives };
  });
  return { cleaned: kept.join(' '), units: units.filter((unit): unit is Unit => unit !== null) };
}
