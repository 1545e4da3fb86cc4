/**
 * A learner's progress, kept only in this browser's localStorage and moved to
 * another device as a small file (progress-file.ts). Pure functions; the
 * browser side is in browser/progress-store.ts.
 */
import { isIsoDay, isoDay } from './day.ts';

export const PROGRESS_KEY = 'hvs:progress';

export interface Progress {
  /** Finished lessons: "<course>/<lesson>" to the ISO date it was marked. */
  done: Record<string, string>;
  /** The lesson opened last, to continue from. */
  last?: string;
  /** The name the learner typed for certificates. */
  name?: string;
}

export const emptyProgress = (): Progress => ({ done: {} });

const LESSON_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

export const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

export interface Cleaned {
  progress: Progress;
  /** Finished lessons left out: a bad id or a date that is not a real day. */
  dropped: number;
  /** Whether `done` was there but not a record of lessons. */
  wrongShape: boolean;
}

/** Keeps every valid part of a stored or imported record, entry by entry. */
export function clean(data: Record<string, unknown>): Cleaned {
  const done: Record<string, string> = {};
  let dropped = 0;
  const rawDone = data['done'];
  if (isRecord(rawDone)) {
    for (const [id, when] of Object.entries(rawDone)) {
      if (LESSON_ID.test(id) && isIsoDay(when)) done[id] = when;
      else dropped += 1;
    }
  }
  const progress: Progress = { done };
  if (typeof data['last'] === 'string' && LESSON_ID.test(data['last'])) progress.last = data['last'];
  if (typeof data['name'] === 'string' && data['name'].trim()) progress.name = data['name'].trim().slice(0, 80);
  return { progress, dropped, wrongShape: rawDone !== undefined && !isRecord(rawDone) };
}

/** Reads stored progress, keeping whatever is valid; what is missing or damaged reads as empty. */
export function parseProgress(raw: string | null): Progress {
  try {
    const data: unknown = raw ? JSON.parse(raw) : {};
    return isRecord(data) ? clean(data).progress : emptyProgress();
  } catch {
    return emptyProgress();
  }
}

export function markDone(progress: Progress, id: string, when: Date): Progress {
  return { ...progress, done: { ...progress.done, [id]: isoDay(when) } };
}

export function markNotDone(progress: Progress, id: string): Progress {
  const { [id]: _removed, ...done } = progress.done;
  return { ...progress, done };
}
