import { tooBig } from './export-file.ts';

/** Offers text as a file to save (a download), under `name`. */
export function saveTextFile(text: string, name: string, type = 'application/json'): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  // The download has started from the click; a later revoke leaves slow browsers time to read the blob.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export type ChosenFile = { ok: true; text: string } | { ok: false; reason: 'tooBig' };

/**
 * The text of the file a learner chose in a file input, which is emptied so
 * the same file can be chosen again. A file too large is refused on its size
 * alone, before any byte is read; undefined when nothing was chosen.
 */
export async function readChosenFile(input: HTMLInputElement): Promise<ChosenFile | undefined> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return undefined;
  if (tooBig(file)) return { ok: false, reason: 'tooBig' };
  return { ok: true, text: await file.text() };
}
