import { describe, expect, it } from 'vitest';
import { addMentee, emptyBook, exportBook, importBook, menteeProgress, parseBook, removeMentee, setLesson, type MentorBook } from '../../src/lib/mentor';
import { exportProgress, importProgress } from '../../src/lib/progress';

const added = (book: MentorBook, name: string, id: string) => {
  const result = addMentee(book, name, id);
  if ('error' in result) throw new Error(result.error);
  return result;
};

describe("a digital ambassador's notebook", () => {
  it('adds mentees by first name, refusing empty and repeated names', () => {
    let book = added(emptyBook(), '  Bà   Lan ', 'a');
    expect(book.mentees).toEqual([{ id: 'a', name: 'Bà Lan', done: [] }]);
    expect(addMentee(book, '   ', 'b')).toEqual({ error: 'empty' });
    expect(addMentee(book, 'BÀ LAN', 'b')).toEqual({ error: 'duplicate' });
    book = added(book, 'Ông Tư', 'b');
    expect(removeMentee(book, 'a').mentees.map((mentee) => mentee.name)).toEqual(['Ông Tư']);
  });

  it('counts towards the plan\'s five mentees', () => {
    let book = emptyBook();
    for (const [index, name] of ['Lan', 'Tư', 'Hoa', 'Minh'].entries()) book = added(book, name, String(index));
    expect(menteeProgress(book)).toEqual({ count: 4, target: 5, reached: false });
    expect(menteeProgress(added(book, 'Nam', '5')).reached).toBe(true);
  });

  it('marks lessons done with one mentee only, once each', () => {
    let book = added(added(emptyBook(), 'Lan', 'a'), 'Tư', 'b');
    book = setLesson(book, 'a', 'an-toan-tren-mang/cuoc-goi-gia-danh-cong-an', true);
    book = setLesson(book, 'a', 'an-toan-tren-mang/cuoc-goi-gia-danh-cong-an', true);
    expect(book.mentees[0]?.done).toEqual(['an-toan-tren-mang/cuoc-goi-gia-danh-cong-an']);
    expect(book.mentees[1]?.done).toEqual([]);
    expect(setLesson(book, 'a', 'an-toan-tren-mang/cuoc-goi-gia-danh-cong-an', false).mentees[0]?.done).toEqual([]);
  });

  it('survives a round trip through a file, and refuses damaged or foreign files', () => {
    const book = setLesson(added(emptyBook(), 'Lan', 'a'), 'a', 'cho-so-4t/mo-hinh-4t-la-gi', true);
    expect(importBook(exportBook(book, new Date('2026-11-25T00:00:00Z')))).toEqual({ ok: true, book });
    expect(importBook('{ not json')).toEqual({ ok: false, reason: 'damaged' });
    expect(importBook(exportProgress({ done: {} }, new Date()))).toEqual({ ok: false, reason: 'foreign' });
    // And the reverse: a notebook opened as a learner's progress is someone else's file, not a damaged one.
    expect(importProgress(exportBook(book, new Date()))).toEqual({ ok: false, reason: 'foreign' });
    expect(importBook(JSON.stringify({ app: 'binh-dan-hoc-vu-so', kind: 'mentor', mentees: [{ id: 1 }] }))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('reads damaged storage as an empty notebook', () => {
    expect(parseBook(null)).toEqual(emptyBook());
    expect(parseBook('[]')).toEqual(emptyBook());
    expect(parseBook('{"mentees":[{"id":"a","name":"Lan","done":["x y", "a/b"]}]}').mentees[0]?.done).toEqual(['a/b']);
  });
});
