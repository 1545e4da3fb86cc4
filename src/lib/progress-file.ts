/**
 * Moving a learner's progress to another device as a small file: only the
 * "Học tập của tôi" page needs this, so it stays out of the code every lesson loads.
 */
import { readExport, writeExport, type ExportRefusal } from './export-file.ts';
import { clean, isRecord, type Cleaned, type Progress } from './progress.ts';

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
