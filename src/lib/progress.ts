/**
 * A learner's progress, kept only in this browser's localStorage and moved to
 * another device as a small file. Pure functions; the browser side is in
 * scripts/progress-store.ts.
 */
import { readExport, writeExport } from './export-file.ts';

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

function clean(value: unknown): Progress | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const data = value as Record<string, unknown>;
  const done: Record<string, string> = {};
  if (data['done'] && typeof data['done'] === 'object' && !Array.isArray(data['done'])) {
    for (const [id, when] of Object.entries(data['done'] as Record<string, unknown>)) {
      if (LESSON_ID.test(id) && typeof when === 'string') done[id] = when;
    }
  } else if (data['done'] !== undefined) {
    return undefined;
  }
  const progress: Progress = { done };
  if (typeof data['last'] === 'string' && LESSON_ID.test(data['last'])) progress.last = data['last'];
  if (typeof data['name'] === 'string' && data['name'].trim()) progress.name = data['name'].trim().slice(0, 80);
  return progress;
}

/** Reads stored progress; anything missing or damaged becomes empty progress. */
export function parseProgress(raw: string | null): Progress {
  try {
    return clean(raw ? JSON.parse(raw) : {}) ?? emptyProgress();
  } catch {
    return emptyProgress();
  }
}

export function markDone(progress: Progress, id: string, when: Date): Progress {
  return { ...progress, done: { ...progress.done, [id]: when.toISOString().slice(0, 10) } };
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

export type ImportResult = { ok: true; progress: Progress } | { ok: false; reason: 'damaged' | 'foreign' };

/** Reads a saved progress file; a damaged or foreign file is refused whole. */
export function importProgress(text: string): ImportResult {
  const read = readExport(text, 'progress', clean);
  return read.ok ? { ok: true, progress: read.value } : read;
}

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
