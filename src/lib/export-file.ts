/*
 * The files learners and ambassadors save to move their data to another
 * device share one envelope: which app wrote it, what it holds, its format
 * version. Each reader refuses any file that is not ours, or is ours but holds
 * something else (a notebook opened as progress, or the reverse).
 */
export const EXPORT_APP = 'binh-dan-hoc-vu-so';

/** The largest file a reader opens, in megabytes: files this portal writes stay far below it. */
export const MAX_FILE_MB = 1;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

/** True for a file too large to read: checked on its size before any byte is read or parsed. */
export const tooBig = (file: { size: number }): boolean => file.size > MAX_FILE_BYTES;

/** What a file holds. Progress files carry no kind: theirs was the first format, and saved files must still open. */
export type ExportKind = 'progress' | 'mentor';

export function writeExport(kind: ExportKind, body: object, when: Date): string {
  return JSON.stringify({ app: EXPORT_APP, ...(kind === 'progress' ? {} : { kind }), version: 1, exportedAt: when.toISOString(), ...body }, null, 2);
}

export type ExportRefusal = 'damaged' | 'foreign' | 'tooBig';
export type ExportRead<T, R extends string = never> = { ok: true; value: T } | { ok: false; reason: ExportRefusal | R };

/**
 * Reads a saved file of one kind. `clean` keeps only valid data; it answers
 * undefined for a damaged file, or a reason of its own to refuse it.
 */
export function readExport<T extends object, R extends string = never>(text: string, kind: ExportKind, clean: (data: unknown) => T | R | undefined): ExportRead<T, R> {
  // Characters never outnumber UTF-8 bytes, so this agrees with tooBig() on the file itself.
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: 'tooBig' };
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
  if (value === undefined) return { ok: false, reason: 'damaged' };
  return typeof value === 'string' ? { ok: false, reason: value } : { ok: true, value };
}
