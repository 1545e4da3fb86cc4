/** One page found by one query, as Pagefind scores it. */
export interface Hit {
  id: string;
  score: number;
}

/** The hits of every planned query, by kind (see plan.ts). */
export interface PlannedHits {
  queries: Hit[][];
  synonyms: Hit[][];
  relaxed: Hit[][];
  phrases: Hit[][];
}

/** How much each kind counts against the query as typed. */
export const WEIGHTS = { queries: 1, synonyms: 0.7, relaxed: 0.4, phrase: 0.5 } as const;

/**
 * Ranks pages: each keeps its best weighted score from the queries, then
 * gains half again for each phrase it holds (the whole query or a pair of
 * syllables), so syllables kept together rank above scattered ones.
 */
export function mergeHits(hits: PlannedHits): string[] {
  const best = new Map<string, number>();
  const add = (lists: Hit[][], weight: number) => {
    for (const list of lists) for (const { id, score } of list) best.set(id, Math.max(best.get(id) ?? 0, score * weight));
  };
  add(hits.queries, WEIGHTS.queries);
  add(hits.synonyms, WEIGHTS.synonyms);
  add(hits.relaxed, WEIGHTS.relaxed);
  const phraseCount = new Map<string, number>();
  for (const list of hits.phrases) for (const { id } of list) phraseCount.set(id, (phraseCount.get(id) ?? 0) + 1);
  return [...best.entries()]
    .map(([id, score]) => [id, score * (1 + WEIGHTS.phrase * (phraseCount.get(id) ?? 0))] as const)
    .sort(([, a], [, b]) => b - a)
    .map(([id]) => id);
}
