/** The scam drill's best score, kept only in this browser's localStorage (components/practice/ScamDrill.ts). */
export const DRILL_KEY = 'hvs:drill';

export interface DrillScore {
  best: number;
  total: number;
}

/** Reads the stored best score; anything but a whole score out of this round's size reads as none. */
export function parseDrillScore(raw: string | null, round: number): DrillScore | null {
  let data: unknown;
  try {
    data = JSON.parse(raw ?? 'null');
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const { best, total } = data as Record<string, unknown>;
  return Number.isInteger(best) && total === round && (best as number) >= 0 && (best as number) <= round ? { best: best as number, total: round } : null;
}

/** The score to keep after a round: the better of the stored one and this one, never above the round's size. */
export function betterScore(saved: DrillScore | null, score: number, total: number): DrillScore {
  const clamped = Math.min(Math.max(0, Math.trunc(score)), total);
  return saved && saved.total === total && saved.best > clamped ? saved : { best: clamped, total };
}
