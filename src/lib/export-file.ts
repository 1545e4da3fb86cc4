/*
 * The files learners and ambassadors save to move their data to another
 * device share one envelope: which app wrote it, what it holds, its format
 * version. Each reader refuses any file that is not ours, or is ours but holds
 * something else (a notebook opened as progress, or the reverse).
 */
export const EXPORT_APP = 'binh-dan-hoc-vu-so';

/** What a file holds. Progress files carry no kind: theirs was the first format, and saved files must still open. */
export type ExportKind = 'progress' | 'mentor';

export function writeExport(kind: ExportKind, body: object, when: Date): string {
  return JSON.stringify({ app: EXPORT_APP, ...(kind === 'progress' ? {} : { kind }), version: 1, exportedAt: when.toISOString(), ...body }, null, 2);
}

export type ExportRead<T> = { ok: true; value: T } | { ok: false; reason: 'damaged' | 'foreign' };

/** Reads a saved file of one kind; `clean` keeps only valid data, or answers undefined for a damaged file. */
export function readExport<T>(text: string, kind: ExportKind, clean: (data: unknown) => T | undefined): ExportRead<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const header = (data && typeof data === 'object' ? data : {}) as { app?: unknown; kind?: unknown; version?: unknown };
  // Another format version is not one this portal can read; an unnumbered file is read as far as `clean` allows.
  const otherVersion = typeof header.version !== 'number' ? header.version !== undefined : header.version !== 1;
  if (header.app !== EXPORT_APP || (header.kind ?? 'progress') !== kind || otherVersion) return { ok: false, reason: 'foreign' };
  const value = clean(data);
  return value ? { ok: true, value } : { ok: false, reason: 'damaged' };
}
