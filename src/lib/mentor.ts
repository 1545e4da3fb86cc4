/**
 * A digital ambassador's notebook: mentees (a first name or nickname only)
 * and the lessons done with each. Kept only in this browser's localStorage,
 * moved to another device as a file. Pure functions; the page script is
 * components/materials/MentorBook.ts.
 */
import { readExport, writeExport, type ExportRefusal } from './export-file.ts';

export const MENTOR_KEY = 'hvs:mentor';
/** The plan's rule: each mentor guides at least five mentees. */
export const MENTEE_TARGET = 5;
/** The most mentees a notebook takes, by hand or from a file: far above the plan's five, low enough to stay quick. */
export const MAX_MENTEES = 500;
const MAX_NAME = 40;
const LESSON_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

export interface Mentee {
  id: string;
  name: string;
  /** Lessons done together, as "<course>/<lesson>". */
  done: string[];
}

export interface MentorBook {
  mentees: Mentee[];
  /** Entries that could not be read, kept as they were so that saving never destroys them. */
  setAside?: unknown[];
}

export const emptyBook = (): MentorBook => ({ mentees: [] });

function cleanMentee(raw: unknown): Mentee | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { id, name, done } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || !id || typeof name !== 'string' || !name.trim() || !Array.isArray(done)) return undefined;
  return { id, name: name.trim().slice(0, MAX_NAME), done: [...new Set(done.filter((lesson): lesson is string => typeof lesson === 'string' && LESSON_ID.test(lesson)))] };
}

interface Cleaned {
  book: MentorBook;
  /** Mentees of this record that could not be read (set aside). */
  bad: number;
}

/** Reads a notebook entry by entry: good mentees are kept, the others set aside, never dropped. */
function clean(value: unknown): Cleaned | undefined {
  if (!value || typeof value !== 'object' || !Array.isArray((value as { mentees?: unknown }).mentees)) return undefined;
  const { mentees: entries, setAside } = value as { mentees: unknown[]; setAside?: unknown };
  const mentees: Mentee[] = [];
  const aside: unknown[] = Array.isArray(setAside) ? [...setAside] : [];
  const ids = new Set<string>();
  let bad = 0;
  for (const raw of entries) {
    const mentee = cleanMentee(raw);
    // A repeated id would tie two mentees' lessons together.
    if (mentee && !ids.has(mentee.id)) {
      ids.add(mentee.id);
      mentees.push(mentee);
    } else {
      aside.push(raw);
      bad += 1;
    }
  }
  return { book: aside.length ? { mentees, setAside: aside } : { mentees }, bad };
}

/** Reads the stored notebook, keeping every good mentee; unreadable storage is set aside, not lost. */
export function parseBook(raw: string | null): MentorBook {
  if (!raw) return emptyBook();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { mentees: [], setAside: [raw] };
  }
  return clean(data)?.book ?? { mentees: [], setAside: [data] };
}

export type AddError = 'empty' | 'duplicate' | 'full';

/** Adds a mentee; the name is trimmed and shortened, and refused if empty or already there, or the notebook is full. */
export function addMentee(book: MentorBook, name: string, id: string): MentorBook | { error: AddError } {
  const trimmed = name.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME);
  if (!trimmed) return { error: 'empty' };
  if (book.mentees.some((mentee) => sameName(mentee.name, trimmed))) return { error: 'duplicate' };
  if (book.mentees.length >= MAX_MENTEES) return { error: 'full' };
  return { ...book, mentees: [...book.mentees, { id, name: trimmed, done: [] }] };
}

const sameName = (one: string, other: string) => one.toLocaleLowerCase('vi') === other.toLocaleLowerCase('vi');

export const removeMentee = (book: MentorBook, id: string): MentorBook => ({ ...book, mentees: book.mentees.filter((mentee) => mentee.id !== id) });

/** Marks a lesson done (or not) for one mentee. */
export function setLesson(book: MentorBook, id: string, lesson: string, done: boolean): MentorBook {
  return {
    ...book,
    mentees: book.mentees.map((mentee) =>
      mentee.id !== id ? mentee : { ...mentee, done: done ? [...new Set([...mentee.done, lesson])] : mentee.done.filter((entry) => entry !== lesson) },
    ),
  };
}

/**
 * Adds a file's notebook to this one: a mentee of the same name gets the
 * lessons of both; the others are added (with a fresh id if theirs is taken).
 */
export function mergeBooks(current: MentorBook, incoming: MentorBook, newId: (index: number) => string): MentorBook {
  const mentees = current.mentees.map((mentee) => ({ ...mentee }));
  const ids = new Set(mentees.map((mentee) => mentee.id));
  incoming.mentees.forEach((mentee, index) => {
    const same = mentees.find((candidate) => sameName(candidate.name, mentee.name));
    if (same) {
      same.done = [...new Set([...same.done, ...mentee.done])];
      return;
    }
    const id = ids.has(mentee.id) ? newId(index) : mentee.id;
    ids.add(id);
    mentees.push({ ...mentee, id });
  });
  const setAside = [...(current.setAside ?? []), ...(incoming.setAside ?? [])];
  return setAside.length ? { mentees, setAside } : { mentees };
}

/** How far the mentor is towards the plan's five mentees. */
export const menteeProgress = (book: MentorBook) => ({ count: book.mentees.length, target: MENTEE_TARGET, reached: book.mentees.length >= MENTEE_TARGET });

export function exportBook(book: MentorBook, when: Date): string {
  return writeExport('mentor', book, when);
}

export type BookImport = { ok: true; book: MentorBook; bad: number } | { ok: false; reason: ExportRefusal | 'tooMany' };

/**
 * Reads an exported notebook, refusing damaged files, other files of ours (a
 * learner's progress) and notebooks above MAX_MENTEES; unreadable mentees are
 * set aside, and a file with none readable is damaged.
 */
export function importBook(text: string): BookImport {
  const read = readExport<Cleaned, 'tooMany'>(text, 'mentor', (data) => {
    const entries = (data as { mentees?: unknown }).mentees;
    if (Array.isArray(entries) && entries.length > MAX_MENTEES) return 'tooMany';
    const cleaned = clean(data);
    return cleaned && (cleaned.bad === 0 || cleaned.book.mentees.length > 0) ? cleaned : undefined;
  });
  return read.ok ? { ok: true, book: read.value.book, bad: read.value.bad } : read;
}
