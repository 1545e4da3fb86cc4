import { describe, expect, it } from 'vitest';
import { courseStatus, resumeLesson } from '../../src/lib/course-status';
import { markDone, markNotDone, parseProgress } from '../../src/lib/progress';
import { exportProgress, importProgress, knownDone, mergeProgress } from '../../src/lib/progress-file';
import { MAX_FILE_BYTES, tooBig } from '../../src/lib/export-file';

const when = new Date('2026-11-20T03:00:00Z');

describe('parseProgress', () => {
  it.each([null, '', 'not json', '[]', '{"done":[1,2]}', '42', 'null', '"text"', '{"done":null}'])('reads %j as empty progress', (raw) => {
    expect(parseProgress(raw)).toEqual({ done: {} });
  });

  it.each([
    ['a date that is not a date', { 'a/b': 'hôm qua', 'a/c': '2026-11-20' }],
    ['a day that does not exist', { 'a/b': '2026-02-30', 'a/c': '2026-11-20' }],
    ['a date with a time', { 'a/b': '2026-11-20T10:00:00Z', 'a/c': '2026-11-20' }],
    ['a number', { 'a/b': 20261120, 'a/c': '2026-11-20' }],
    ['an object', { 'a/b': { when: '2026-11-20' }, 'a/c': '2026-11-20' }],
    ['a bad lesson id', { 'A/B': '2026-11-20', 'a/c': '2026-11-20' }],
  ])('drops %s and keeps the other lessons, the name and the last lesson', (_, done) => {
    const raw = JSON.stringify({ done, last: 'a/c', name: 'Bà Lan' });
    expect(parseProgress(raw)).toEqual({ done: { 'a/c': '2026-11-20' }, last: 'a/c', name: 'Bà Lan' });
  });

  it('drops keys that would pollute prototypes', () => {
    const raw = '{"done":{"__proto__":"2026-11-20","constructor":"2026-11-20","a/c":"2026-11-20"},"last":"a/c","name":"Bà Lan"}';
    const progress = parseProgress(raw);
    expect(progress).toEqual({ done: { 'a/c': '2026-11-20' }, last: 'a/c', name: 'Bà Lan' });
    expect(Object.getPrototypeOf(progress.done)).toBe(Object.prototype);
  });

  it.each([
    ['an array', ['a/b', 'a/c']],
    ['a string', 'all'],
    ['a number', 7],
  ])('keeps the name and the last lesson when "done" is %s', (_, done) => {
    expect(parseProgress(JSON.stringify({ done, last: 'a/c', name: 'Ông Tư' }))).toEqual({ done: {}, last: 'a/c', name: 'Ông Tư' });
  });

  it('keeps valid lessons and drops malformed ids', () => {
    const raw = JSON.stringify({ done: { 'an-toan-tren-mang/cuoc-goi': '2026-11-20', 'Bad Id': '2026-11-20', 'x/y': 3 }, last: 'an-toan-tren-mang/cuoc-goi' });
    expect(parseProgress(raw)).toEqual({ done: { 'an-toan-tren-mang/cuoc-goi': '2026-11-20' }, last: 'an-toan-tren-mang/cuoc-goi' });
  });
});

describe('marking lessons', () => {
  it('marks and unmarks without touching the rest', () => {
    const one = markDone({ done: {}, name: 'Bà Lan' }, 'a/b', when);
    expect(one).toEqual({ done: { 'a/b': '2026-11-20' }, name: 'Bà Lan' });
    expect(markNotDone(one, 'a/b')).toEqual({ done: {}, name: 'Bà Lan' });
  });
});

describe('courseStatus', () => {
  const ids = ['c/one', 'c/two', 'c/three'];
  it('counts, finds the next lesson and knows when a course is complete', () => {
    expect(courseStatus({ done: { 'c/one': '2026-11-01' } }, ids)).toEqual({ done: 1, total: 3, next: 'c/two', complete: false, finishedOn: undefined });
    const all = { done: { 'c/one': '2026-11-01', 'c/two': '2026-11-05', 'c/three': '2026-11-03' } };
    expect(courseStatus(all, ids)).toEqual({ done: 3, total: 3, next: undefined, complete: true, finishedOn: '2026-11-05' });
  });

  it('never calls an empty course complete', () => {
    expect(courseStatus({ done: {} }, []).complete).toBe(false);
  });
});

describe('resumeLesson: where "Học tiếp" leads', () => {
  const courses = [
    ['a/one', 'a/two', 'a/three'],
    ['b/one', 'b/two'],
  ];
  it('leads back to the last lesson opened while it is unfinished', () => {
    expect(resumeLesson({ done: { 'a/one': '2026-11-01' }, last: 'a/three' }, courses)).toBe('a/three');
  });

  it('leads on to the first unfinished lesson of its course once the last one is finished', () => {
    expect(resumeLesson({ done: { 'b/one': '2026-11-01' }, last: 'b/one' }, courses)).toBe('b/two');
    // Not the lesson after it: the first one still to do, earlier in the course.
    expect(resumeLesson({ done: { 'a/two': '2026-11-01', 'a/three': '2026-11-02' }, last: 'a/three' }, courses)).toBe('a/one');
  });

  it('leads nowhere when the last lesson finished its course, or nothing was opened', () => {
    expect(resumeLesson({ done: { 'b/one': '2026-11-01', 'b/two': '2026-11-02' }, last: 'b/two' }, courses)).toBeUndefined();
    expect(resumeLesson({ done: { 'a/one': '2026-11-01' } }, courses)).toBeUndefined();
  });

  it('keeps a finished last lesson that no listed course holds (the page then shows no link)', () => {
    expect(resumeLesson({ done: { 'x/gone': '2026-11-01' }, last: 'x/gone' }, courses)).toBe('x/gone');
  });
});

describe('moving progress between devices', () => {
  it('round-trips through the exported file', () => {
    const progress = { done: { 'a/b': '2026-11-20' }, last: 'a/b', name: 'Ông Tư' };
    expect(importProgress(exportProgress(progress, when))).toEqual({ ok: true, progress, dropped: 0 });
  });

  it('keeps the lessons with real dates and counts the others', () => {
    const text = JSON.stringify({ app: 'binh-dan-hoc-vu-so', version: 1, done: { 'a/b': '2026-11-20', 'a/c': 'hôm qua', 'a/d': '2026-02-30' } });
    expect(importProgress(text)).toEqual({ ok: true, progress: { done: { 'a/b': '2026-11-20' } }, dropped: 2 });
  });

  it('refuses a file above the size limit before reading it', () => {
    const done = Object.fromEntries(Array.from({ length: 40_000 }, (_, index) => [`khoa/bai-${index}`, '2026-11-20']));
    const text = JSON.stringify({ app: 'binh-dan-hoc-vu-so', version: 1, done });
    expect(text.length).toBeGreaterThan(MAX_FILE_BYTES);
    expect(importProgress(text)).toEqual({ ok: false, reason: 'tooBig' });
    expect(tooBig({ size: MAX_FILE_BYTES })).toBe(false);
    expect(tooBig({ size: MAX_FILE_BYTES + 1 })).toBe(true);
  });

  it('counts only lessons that exist on the site', () => {
    expect(knownDone({ done: { 'a/b': '2026-11-20', 'gone/lesson': '2026-11-20' } }, ['a/b', 'a/c', 'a/b'])).toBe(1);
  });

  it.each([
    ['{not json', 'damaged'],
    ['', 'damaged'],
    ['{"hello":"world"}', 'foreign'],
    ['{"app":"another-site","version":1,"done":{}}', 'foreign'],
    ['{"app":"binh-dan-hoc-vu-so","version":2,"done":{}}', 'foreign'],
    ['{"app":"binh-dan-hoc-vu-so","version":1,"done":"all"}', 'damaged'],
    ['{"app":"binh-dan-hoc-vu-so","version":1,"done":["a/b"]}', 'damaged'],
    // Every lesson dated "yesterday": nothing usable, so the file is damaged rather than "0 lessons loaded".
    ['{"app":"binh-dan-hoc-vu-so","version":1,"done":{"a/b":"hôm qua","a/c":"hôm qua"}}', 'damaged'],
    ['null', 'foreign'],
    ['\u0089PNG\r\n\u001a\n\u0000\u0000', 'damaged'],
    ['{"app":"binh-dan-hoc-vu-so","kind":"mentor","version":1,"mentees":[]}', 'foreign'],
  ])('refuses %j as %s', (text, reason) => {
    expect(importProgress(text)).toEqual({ ok: false, reason });
  });

  it('merges keeping every finished lesson and the earlier date', () => {
    const merged = mergeProgress(
      { done: { 'a/b': '2026-11-10', 'a/c': '2026-11-12' }, name: 'Cô Hoa' },
      { done: { 'a/b': '2026-11-01', 'a/d': '2026-11-02' }, last: 'a/d' },
    );
    expect(merged).toEqual({ done: { 'a/b': '2026-11-01', 'a/c': '2026-11-12', 'a/d': '2026-11-02' }, last: 'a/d', name: 'Cô Hoa' });
  });
});
