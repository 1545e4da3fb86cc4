/**
 * A learner's progress, kept only in this browser's localStorage and moved to
 * another device as a small file. Pure functions; the browser side is in
 * scripts/progress-store.ts.
 */
import { isIsoDay, isoDay } from './date.ts';
import { readExport, writeExport, type ExportRefusal } from './export-file.ts';

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

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

interface Cleaned {
  progress: Progress;
  /** Finished lessons left out: a bad id or a date that is not a real day. */
  dropped: number;
  /** Whether `done` was there but not a record of lessons. */
  wrongShape: boolean;
}

/** Keeps every valid part of a stored or imported record, entry by entry. */
function clean(data: Record<string, unknown>): Cleaned {
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

export interface CourseStatus {
  done: number;
  total: number;
  /** The first lesson not yet finished, if any. */
  next: string | undefined;
  complete: boolean;
  /** Date the last lesson of a complete course was finished (ISO). */
  finishedOn: string | undefined;
}

export function courseStatus(progress: Progress, lessonIds: string[]): CourseStatus {
  const finished = lessonIds.filter((id) => id in progress.done);
  const complete = lessonIds.length > 0 && finished.length === lessonIds.length;
  return {
    done: finished.length,
    total: lessonIds.length,
    next: lessonIds.find((id) => !(id in progress.done)),
    complete,
    finishedOn: complete ? finished.map((id) => progress.done[id] ?? '').sort().at(-1) : undefined,
  };
}

/** The file a learner saves to move their progress to another device. */
export function exportProgress(progress: Progress, when: Date): string {
  return writeExport('progress', progress, when);
}

export type ImportResult = { ok: true; progress: Progress; dropped: number } | { ok: false; reason: ExportRefusal };

/**
 * Reads a saved progress file, keeping its valid lessons and counting the
 * others; a file with nothing usable, or that is not ours, is refused whole.
 */
export function importProgress(text: string): ImportResult {
  const read = readExport<Cleaned>(text, 'progress', (data) => {
    if (!isRecord(data)) return undefined;
    const cleaned = clean(data);
    const kept = Object.keys(cleaned.progress.done).length;
    return cleaned.wrongShape || (cleaned.dropped > 0 && kept === 0) ? undefined : cleaned;
  });
  return read.ok ? { ok: true, progress: read.value.progress, dropped: read.value.dropped } : read;
}

/** How many finished lessons are lessons of this site (a file may name lessons since removed). */
export const knownDone = (progress: Progress, lessonIds: Iterable<string>): number => [...new Set(lessonIds)].filter((id) => id in progress.done).length;

/** Keeps what both sides finished, with the earlier date; the imported last lesson wins. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const done = { ...incoming.done };
  for (const [id, when] of Object.entries(current.done)) {
    const other = done[id];
    done[id] = other && other < when ? other : when;
  }
  const merged: Progress = { done };
  const last = incoming.last ?? current.last;
  if (last) merged.last = last;
  const name = current.name ?? incoming.name;
  if (name) merged.name = name;
  return merged;
}
