import { postingsOf, type Kind, type SearchIndex, type SearchPage } from './model.ts';
import { planQuery, type Alternative, type QueryPlan, type Unit, type Vocabulary } from './plan.ts';

/*
 * Scores every page against a planned query, in the browser, from the
 * build's index. In order of weight:
 *  1. a page whose title holds every unit of the query comes first;
 *  2. units found in the title or headings count more than in the text, a
 *     rare word more than a common one (idf), an exact word more than a
 *     corrected one (plan.ts);
 *  3. neighbouring units found side by side (a phrase) above scattered ones;
 *  4. each kind of page has a weight: lessons first, listing pages low, news
 *     and events low unless the query asks for them.
 * Whether anything fits at all is decided by how much of the query the best
 * page holds (its coverage), never by how many pages hold a word of it; a
 * common syllable alone in a page's head ("lái", "xe", "tô" of "học lái xe ô
 * tô") barely counts, and a page holding the query's rarest word only in its
 * text is weaker.
 */

/** How much each kind counts when the query does not ask for it by name. */
export const KIND_WEIGHTS: Record<Kind, number> = {
  lesson: 1,
  practice: 0.8,
  course: 0.6,
  page: 0.5,
  listing: 0.3,
  news: 0.35,
  event: 0.35,
};

/** Folded words that ask for news or classes; with one in the query, those kinds count in full. */
export const KIND_CUES: Partial<Record<Kind, string[]>> = {
  news: ['tin', 'tin tuc', 'bao'],
  event: ['lich', 'lich hoc', 'lop', 'lop hoc', 'khai giang', 'su kien', 'ngay hoi', 'tap huan', 'hoi thi'],
};

/** A page fits when it holds at least this share of the query (rare words weigh more). */
export const FIT = 0.55;
/** Pages holding less than this share of what the best page holds are not listed. */
const SHOWN_SHARE = 0.6;
/** A kind the query names ("lớp học", "tin tức") counts above lessons. */
const ASKED_WEIGHT = 1.3;
const LESSON_LIKE: Kind[] = ['lesson', 'practice', 'course'];
/** Kinds that reach the title and heading tiers only when the query asks for them. */
const DATED: Kind[] = ['news', 'event'];
/** A phrase whose words the page's head does not hold side by side counts this much of a phrase found in its text. */
const APART = 0.6;
/** An extra word is forgiven where this share of the rest is in the title, headings or opening. */
const HELD_IN_HEAD = 0.8;
/** What forgiving an extra word costs. */
const FORGIVEN_COST = 0.9;
/** A word on more than this share of pages is common. */
const COMMON_SHARE = 0.1;
/** How much a common word alone in the title, headings or opening counts of one held beside another word of the query. */
const LOOSE_IN_HEAD = 0.15;
const LOOSE_UNITS = 3;
/** How much a page's strength keeps when the query's rarest word is only in its text. */
const RAREST_IN_TEXT = 0.85;
/** The heading tier: the whole query as a phrase in the headings or opening, below the title tier. */
const HEADING_TIER = 300;
/** The title tier: above any text score. */
const TITLE_TIER = 1000;

export interface Ranked {
  page: SearchPage;
  score: number;
  /** Share of the query the page holds, 0–1, rare words weighing more. */
  coverage: number;
  /** The same, a word only in the text counting less than in the title or headings, phrases more: how well the page fits. */
  strength: number;
  head: number;
  phrase: number;
}

export interface Ranking {
  /** Pages that answer, best first. */
  results: Ranked[];
  /** False when no page holds enough of the query: the site has nothing on it. */
  fits: boolean;
}

interface Posting {
  count: number;
  title: boolean;
  head: boolean;
}

function postings(index: SearchIndex, token: string): Map<number, Posting> {
  const out = new Map<number, Posting>();
  for (const [page, packed] of postingsOf(index.words[token] ?? [])) out.set(page, { count: packed >> 2, title: (packed & 1) === 1, head: (packed & 2) === 2 });
  return out;
}

const saturate = (count: number) => count / (count + 1.5);

/** Kinds whose weight the query lifts by naming them. */
function askedKinds(units: Unit[]): Set<Kind> {
  const typed = ` ${units.map((unit) => unit.typed.join(' ')).join(' ')} `;
  const asked = new Set<Kind>();
  for (const [kind, cues] of Object.entries(KIND_CUES) as [Kind, string[]][]) {
    if (cues.some((cue) => typed.includes(` ${cue} `))) asked.add(kind);
  }
  return asked;
}

export function rank(index: SearchIndex, plan: QueryPlan): Ranking {
  const units = plan.units;
  if (!units.length) return { results: [], fits: false };
  const total = index.pages.length;
  const cache = new Map<string, Map<number, Posting>>();
  const post = (token: string) => {
    let found = cache.get(token);
    if (!found) cache.set(token, (found = postings(index, token)));
    return found;
  };
  // Rare words weigh more; a word on every page weighs almost nothing.
  const idf = (token: string) => Math.log((total + 1) / Math.max(1, post(token).size));
  // A phrase is as rare as the pages whose title, headings or opening hold it: pages holding its words apart
  // ("cài" here, "ứng dụng" there) do not make "cài ứng dụng" common.
  const phraseIdf = (tokens: string[]) => {
    const [first, ...rest] = tokens.map(post);
    const phrase = ` ${tokens.join(' ')} `;
    let count = 0;
    for (const page of first?.keys() ?? []) {
      if (rest.every((list) => list.has(page)) && ` ${index.pages[page]?.head ?? ''} `.includes(phrase)) count += 1;
    }
    return Math.log((total + 1) / Math.max(1, count));
  };
  // A unit is as rare as its most common way of being written: a rare synonym does not make "online" outweigh "việc làm".
  const importance = units.map((unit) => {
    const found = unit.alternatives.filter((alt) => alt.tokens.every((token) => post(token).size > 0));
    const rarity = (alt: Alternative) => (alt.tokens.length === 1 ? idf(alt.tokens[0] ?? '') : phraseIdf(alt.tokens));
    if (!found.length) return 0;
    const common = Math.min(...found.map(rarity));
    // Halfway to the words as typed, when the site uses them: a common one-syllable synonym ("lừa") does not make "lừa đảo" weigh as little as it.
    const own = found.find((alt) => alt.how === 'exact');
    return own ? (rarity(own) + common) / 2 : common;
  });
  // A word no page uses is as rare as a word can be: a query about something else ("xổ số") does not fit pages holding its common words.
  const unseen = Math.log(total + 1);
  const weights = importance.map((value) => (value > 0 ? value : unseen));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  // A word on more than this share of pages is common: alone, it does not tie a page to the query.
  const commonIdf = Math.log((total + 1) / Math.max(1, total * COMMON_SHARE));
  const asked = askedKinds(units);
  const rarest = importance.reduce((best, value, u) => (value > (importance[best] ?? 0) ? u : best), importance.findIndex((value) => value > 0));

  interface Acc {
    score: number;
    covered: number;
    /** Like covered, but a unit found only in the text counts less than one in the title or headings. */
    strong: number;
    /** Weight of the units found in the title, headings or opening. */
    inHead: number;
    inTitle: number;
    titleWeight: number;
    matched: (string[] | null)[];
    /** Per unit: found in the title, headings or opening. */
    heads: boolean[];
  }
  const acc = new Map<number, Acc>();
  units.forEach((unit, u) => {
    // For each page, the best way this unit is found there.
    const best = new Map<number, { score: number; title: boolean; head: boolean; local: number; tokens: string[] }>();
    for (const alt of unit.alternatives) {
      const lists = alt.tokens.map(post);
      const first = lists[0];
      if (!first) continue;
      for (const page of first.keys()) {
        const all = lists.map((list) => list.get(page));
        if (all.some((p) => !p)) continue;
        const found = all as Posting[];
        // The words of a phrase count together only where the head holds them side by side; elsewhere they may be apart ("dịch vụ … an toàn" is not "vụ án").
        const together = alt.tokens.length === 1 || ` ${index.pages[page]?.head ?? ''} `.includes(` ${alt.tokens.join(' ')} `);
        const title = together && found.every((p) => p.title);
        const head = together && found.every((p) => p.head);
        const count = Math.min(...found.map((p) => p.count));
        const local = alt.weight * (title ? 1 : head ? 0.8 : (0.3 + 0.4 * saturate(count)) * (together ? 1 : APART));
        // The unit's weight is its own; the way it is found only scales it.
        const score = (weights[u] ?? 0) * local;
        const before = best.get(page);
        if (!before || before.score < score) best.set(page, { score, title, head: title || head, local, tokens: alt.tokens });
      }
    }
    for (const [page, found] of best) {
      const entry = acc.get(page) ?? { score: 0, covered: 0, strong: 0, inHead: 0, inTitle: 0, titleWeight: 0, matched: units.map(() => null), heads: units.map(() => false) };
      entry.score += found.score;
      entry.covered += weights[u] ?? 0;
      entry.strong += (weights[u] ?? 0) * found.local;
      if (found.title) {
        entry.inTitle += 1;
        entry.titleWeight += weights[u] ?? 0;
      }
      if (found.head) entry.inHead += weights[u] ?? 0;
      entry.heads[u] = found.head;
      entry.matched[u] = found.tokens;
      acc.set(page, entry);
    }
  });

  const results: Ranked[] = [];
  const datedInTitle = new Set<string>();
  const tiered = new Set<string>();
  for (const [pageIndex, entry] of acc) {
    const page = index.pages[pageIndex];
    if (!page) continue;
    // One word the site uses elsewhere but this page does not ("hôm nay", "cho mẹ") is an extra word of a longer query.
    const absent = units.map((_, u) => u).filter((u) => !entry.matched[u] && (importance[u] ?? 0) > 0);
    const titleTokens = (page.head.split(' | ')[0] ?? '').split(' ');
    // Phrases: neighbouring units side by side in the title, headings or opening.
    let together = 0;
    let togetherInTitle = 0;
    const joined = units.map(() => false);
    for (let u = 1; u < units.length; u += 1) {
      const [left, right] = [entry.matched[u - 1], entry.matched[u]];
      if (!left || !right) continue;
      const [last, next] = [left[left.length - 1] ?? '', right[0] ?? ''];
      if (` ${page.head} `.includes(` ${last} ${next} `)) {
        together += 1;
        joined[u - 1] = joined[u] = true;
      }
      // In the title one small word may sit between ("tiền bằng mã").
      const at = titleTokens.indexOf(last);
      if (at !== -1 && (titleTokens[at + 1] === next || titleTokens[at + 2] === next)) togetherInTitle += 1;
    }
    const pairsInQuery = units.length - 1;
    const held = units.length - absent.length;
    const heldInTitle = entry.inTitle === held;
    // It is forgiven in a query of three units or more, where the page's title, headings or opening hold the rest and
    // its title holds it all or two of its words sit side by side: scattered words of an unrelated query are not
    // forgiven, nor a word no page uses ("xổ số").
    const forgiven =
      units.length >= 3 && absent.length === 1 && entry.inHead >= entry.covered * HELD_IN_HEAD && (heldInTitle || together > 0)
        ? (weights[absent[0] ?? 0] ?? 0)
        : 0;
    const counted = weightSum - forgiven;
    const coverage = (entry.covered / counted) * (forgiven ? FORGIVEN_COST : 1);
    const phrase = pairsInQuery ? together / pairsInQuery : 0;
    // A common syllable alone in the head says little: "lái", "xe", "ô", "tô" each sit in some opening, "lái xe" in none.
    // It counts for the head only beside another word of the query, as a phrase of the vocabulary, or when rare.
    const loose = units.length > 1 ? units.reduce((sum, _, u) => sum + (entry.heads[u] && !joined[u] && (entry.matched[u]?.length ?? 0) === 1 && (units.length >= LOOSE_UNITS || (importance[u] ?? 0) < commonIdf) ? (weights[u] ?? 0) : 0), 0) : 0;
    const head = (entry.inHead - loose * (1 - LOOSE_IN_HEAD)) / counted;
    // How well the page answers: the share of the query it holds, more when the title, headings or opening hold it and the words sit together.
    let strength = coverage * (0.45 + 0.35 * head + 0.2 * (units.length > 1 ? phrase : 1));
    // The query's rarest word carries its topic: a page that holds it only somewhere in its text is about something else.
    if (units.length > 1 && rarest !== -1 && !entry.heads[rarest]) strength *= RAREST_IN_TEXT;
    // The more of the query the title holds, the higher, even when it does not hold all of it.
    let score = entry.score * coverage * coverage * (1 + 1.5 * phrase) * (1 + entry.titleWeight / counted);
    const weight = asked.has(page.kind) ? ASKED_WEIGHT : KIND_WEIGHTS[page.kind];
    // News and events the query does not ask for stay below lessons even when their title holds it ("bán rau nhận tiền QR").
    const tiers = asked.has(page.kind) || !DATED.includes(page.kind);
    const titleHoldsAll = entry.inTitle === units.length && togetherInTitle * 2 >= pairsInQuery;
    if (titleHoldsAll && !tiers) datedInTitle.add(page.url);
    // The title holds every unit, mostly in the query's order: this page is about the query.
    if (titleHoldsAll && tiers) {
      const share = entry.matched.reduce((sum, tokens) => sum + (tokens?.length ?? 0), 0) / titleTokens.length;
      score += TITLE_TIER * (0.8 + 0.2 * Math.min(1, share));
      tiered.add(page.url);
    } else if (units.length > 1 && phrase === 1 && tiers) {
      // The whole query, in order, in a heading or the opening: a section about it, below the title tier.
      score += HEADING_TIER;
      tiered.add(page.url);
    }
    results.push({ page, score: score * weight, coverage, strength, head, phrase });
  }
  const best = Math.max(0, ...results.map((result) => result.strength));
  const fits = best >= FIT;
  const shown = fits ? results.filter((result) => result.strength >= best * SHOWN_SHARE) : [];
  // Those news and events still come above other pages (plans, lists) that hold the query elsewhere, below every lesson.
  const others = Math.max(0, ...shown.filter((result) => !LESSON_LIKE.includes(result.page.kind) && !datedInTitle.has(result.page.url)).map((result) => result.score));
  // Below every lesson that answers: one in a tier or above those pages; a lesson matching a few words in its text is no answer to stay under.
  const answers = shown.filter((result) => LESSON_LIKE.includes(result.page.kind) && (tiered.has(result.page.url) || result.score > others));
  const lowestLesson = Math.min(...answers.map((result) => result.score));
  // A query naming a kind ("ngày hội", "lớp học") with no lesson among the results wants that kind and the pages about it, not news it did not name.
  const lift = shown.some((result) => LESSON_LIKE.includes(result.page.kind)) || asked.size === 0;
  for (const result of shown) {
    if (lift && datedInTitle.has(result.page.url) && others < lowestLesson) result.score = Math.max(result.score, Math.min(lowestLesson * 0.999, others * 1.01 + result.score / 1000));
  }
  shown.sort((a, b) => b.score - a.score || a.page.title.localeCompare(b.page.title, 'vi'));
  return { results: shown, fits };
}

/** The order pages are listed in when a filter is chosen with an empty box. */
const KIND_ORDER: Kind[] = ['lesson', 'practice', 'course', 'listing', 'page', 'event', 'news'];

export function listAll(pages: SearchPage[]): SearchPage[] {
  const collator = new Intl.Collator('vi');
  return [...pages].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || collator.compare(a.title, b.title));
}

/** Pages that use a word this rarely make it a candidate typo too (plan.ts). */
const RARE_PAGES = 2;

/** Plans and ranks a query against an index: what the search page runs. */
export function searchIndex(index: SearchIndex, raw: string, vocabulary: Vocabulary = index.vocabulary): Ranking {
  const rare = (word: string) => (index.words[word]?.length ?? 0) <= RARE_PAGES * 2;
  return rank(index, planQuery(raw, vocabulary, Object.keys(index.words), rare));
}
