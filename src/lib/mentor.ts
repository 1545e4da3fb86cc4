/**
 * A digital ambassador's notebook: mentees (a first name or nickname only)
 * and the lessons done with each. Kept only in this browser's localStorage,
 * moved to another device as a file. Pure functions; the page script is
 * scripts/mentor-book.ts.
 */
import { readExport, writeExport } from './export-file.ts';

export const MENTOR_KEY = 'hvs:mentor';
/** The plan's rule: each mentor guides at least five mentees. */
export const MENTEE_TARGET = 5;
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
}

export const emptyBook = (): MentorBook => ({ mentees: [] });

function clean(value: unknown): MentorBook | undefined {
  if (!value || typeof value !== 'object' || !Array.isArray((value as { mentees?: unknown }).mentees)) return undefined;
  const mentees: Mentee[] = [];
  for (const raw of (value as { mentees: unknown[] }).mentees) {
    if (!raw || typeof raw !== 'object') return undefined;
    const { id, name, done } = raw as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || !name.trim() || !Array.isArray(done)) return undefined;
    mentees.push({ id, name: name.trim().slice(0, MAX_NAME), done: [...new Set(done.filter((lesson): lesson is string => typeof lesson === 'string' && LESSON_ID.test(lesson)))] });
  }
  return { mentees };
}

/** Reads the stored notebook; anything missing or damaged becomes an empty one. */
export function parseBook(raw: string | null): MentorBook {
  try {
    return clean(raw ? JSON.parse(raw) : { mentees: [] }) ?? emptyBook();
  } catch {
    return emptyBook();
  }
}

/** Adds a mentee; the name is trimmed and shortened, and refused if empty or already there. */
export function addMentee(book: MentorBook, name: string, id: string): MentorBook | { error: 'empty' | 'duplicate' } {
  const trimmed = name.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME);
  if (!trimmed) return { error: 'empty' };
  if (book.mentees.some((mentee) => mentee.name.toLocaleLowerCase('vi') === trimmed.toLocaleLowerCase('vi'))) return { error: 'duplicate' };
  return { mentees: [...book.mentees, { id, name: trimmed, done: [] }] };
}

export const removeMentee = (book: MentorBook, id: string): MentorBook => ({ mentees: book.mentees.filter((mentee) => mentee.id !== id) });

/** Marks a lesson done (or not) for one mentee. */
export function setLesson(book: MentorBook, id: string, lesson: string, done: boolean): MentorBook {
  return {
    mentees: book.mentees.map((mentee) =>
      mentee.id !== id ? mentee : { ...mentee, done: done ? [...new Set([...mentee.done, lesson])] : mentee.done.filter((entry) => entry !== lesson) },
    ),
  };
}

/** How far the mentor is towards the plan's five mentees. */
export const menteeProgress = (book: MentorBook) => ({ count: book.mentees.length, target: MENTEE_TARGET, reached: book.mentees.length >= MENTEE_TARGET });

export function exportBook(book: MentorBook, when: Date): string {
  return writeExport('mentor', book, when);
}

export type BookImport = { ok: true; book: MentorBook } | { ok: false; reason: 'damaged' | 'foreign' };

/** Reads an exported notebook, refusing damaged files and other files of ours (a learner's progress). */
export function importBook(text: string): BookImport {
  const read = readExport(text, 'mentor', clean);
  return read.ok ? { ok: true, book: read.value } : read;
}
