import { describe, expect, it } from 'vitest';
import { addMentee, emptyBook, exportBook, importBook, MAX_MENTEES, menteeProgress, mergeBooks, parseBook, removeMentee, setLesson, type MentorBook } from '../../src/lib/mentor';
import { exportProgress, importProgress } from '../../src/lib/progress-file';

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
    expect(importBook(exportBook(book, new Date('2026-11-25T00:00:00Z')))).toEqual({ ok: true, book, bad: 0 });
    expect(importBook('{ not json')).toEqual({ ok: false, reason: 'damaged' });
    expect(importBook(exportProgress({ done: {} }, new Date()))).toEqual({ ok: false, reason: 'foreign' });
    // And the reverse: a notebook opened as a learner's progress is someone else's file, not a damaged one.
    expect(importProgress(exportBook(book, new Date()))).toEqual({ ok: false, reason: 'foreign' });
    expect(importBook(JSON.stringify({ app: 'binh-dan-hoc-vu-so', kind: 'mentor', mentees: [{ id: 1 }] }))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('reads nothing stored as an empty notebook, and keeps unreadable storage aside', () => {
    expect(parseBook(null)).toEqual(emptyBook());
    expect(parseBook('')).toEqual(emptyBook());
    expect(parseBook('[]')).toEqual({ mentees: [], setAside: [[]] });
    expect(parseBook('{hỏng')).toEqual({ mentees: [], setAside: ['{hỏng'] });
    expect(parseBook('{"mentees":[{"id":"a","name":"Lan","done":["x y", "a/b"]}]}').mentees[0]?.done).toEqual(['a/b']);
  });

  const lan = { id: 'a', name: 'Lan', done: ['a/b'] };
  const tu = { id: 'b', name: 'Tư', done: [] };
  it.each([
    ['an empty name', { id: 'x', name: '  ', done: [] }],
    ['no name', { id: 'x', done: [] }],
    ['a number for a name', { id: 'x', name: 7, done: [] }],
    ['no id', { name: 'Hoa', done: [] }],
    ['an empty id', { id: '', name: 'Hoa', done: [] }],
    ['lessons that are not a list', { id: 'x', name: 'Hoa', done: 'a/b' }],
    ['a repeated id', { id: 'a', name: 'Hoa', done: [] }],
    ['null', null],
    ['a string', 'Hoa'],
    ['a list', ['Hoa']],
  ])('keeps the good mentees and sets aside one with %s', (_, entry) => {
    const book = parseBook(JSON.stringify({ mentees: [lan, entry, tu] }));
    expect(book).toEqual({ mentees: [lan, tu], setAside: [entry] });
    // Adding a mentee (what the page then saves) keeps both the good ones and the damaged entry.
    const next = added(book, 'Hoa', 'c');
    expect(parseBook(JSON.stringify(next))).toEqual({ mentees: [lan, tu, { id: 'c', name: 'Hoa', done: [] }], setAside: [entry] });
    expect(removeMentee(setLesson(next, 'b', 'a/c', true), 'a').setAside).toEqual([entry]);
  });

  it('imports the readable mentees of a file, refusing one with none readable', () => {
    const file = (mentees: unknown[]) => JSON.stringify({ app: 'binh-dan-hoc-vu-so', kind: 'mentor', version: 1, mentees });
    expect(importBook(file([lan, { id: 'x', name: '' }]))).toEqual({ ok: true, book: { mentees: [lan], setAside: [{ id: 'x', name: '' }] }, bad: 1 });
    expect(importBook(file([{ id: 'x', name: '' }]))).toEqual({ ok: false, reason: 'damaged' });
    expect(importBook(file([]))).toEqual({ ok: true, book: { mentees: [] }, bad: 0 });
  });

  it(`refuses a file of more than ${MAX_MENTEES} mentees, and a notebook takes no more by hand`, () => {
    const many = Array.from({ length: MAX_MENTEES + 1 }, (_, index) => ({ id: `m${index}`, name: `N${index}`, done: [] }));
    expect(importBook(JSON.stringify({ app: 'binh-dan-hoc-vu-so', kind: 'mentor', version: 1, mentees: many }))).toEqual({ ok: false, reason: 'tooMany' });
    const full = { mentees: many.slice(0, MAX_MENTEES) };
    expect(importBook(exportBook(full, new Date())).ok).toBe(true);
    expect(addMentee(full, 'Người mới', 'z')).toEqual({ error: 'full' });
  });

  it('refuses a file above the size limit before parsing it', () => {
    const text = JSON.stringify({ app: 'binh-dan-hoc-vu-so', kind: 'mentor', version: 1, mentees: [{ id: 'a', name: 'Lan', done: [] }], note: 'x'.repeat(1024 * 1024) });
    expect(importBook(text)).toEqual({ ok: false, reason: 'tooBig' });
  });

  it('merges a file into the notebook: same names join their lessons, others are added', () => {
    const current: MentorBook = { mentees: [lan, tu] };
    const incoming: MentorBook = { mentees: [{ id: 'z', name: 'lan', done: ['a/c'] }, { id: 'a', name: 'Hoa', done: ['a/b'] }] };
    expect(mergeBooks(current, incoming, (index) => `new${index}`)).toEqual({
      mentees: [{ id: 'a', name: 'Lan', done: ['a/b', 'a/c'] }, tu, { id: 'new1', name: 'Hoa', done: ['a/b'] }],
    });
    expect(current.mentees[0]?.done).toEqual(['a/b']);
  });
});
