import { describe, expect, it } from 'vitest';
import {
  courseStatus,
  exportProgress,
  importProgress,
  markDone,
  markNotDone,
  mergeProgress,
  parseProgress,
} from '../../src/lib/progress';

const when = new Date('2026-11-20T03:00:00Z');

describe('parseProgress', () => {
  it.each([null, '', 'not json', '[]', '{"done":[1,2]}', '42'])('reads %j as empty progress', (raw) => {
    expect(parseProgress(raw)).toEqual({ done: {} });
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

describe('moving progress between devices', () => {
  it('round-trips through the exported file', () => {
    const progress = { done: { 'a/b': '2026-11-20' }, last: 'a/b', name: 'Ông Tư' };
    expect(importProgress(exportProgress(progress, when))).toEqual({ ok: true, progress });
  });

  it.each([
    ['{not json', 'damaged'],
    ['', 'damaged'],
    ['{"hello":"world"}', 'foreign'],
    ['{"app":"another-site","version":1,"done":{}}', 'foreign'],
    ['{"app":"binh-dan-hoc-vu-so","version":2,"done":{}}', 'foreign'],
    ['{"app":"binh-dan-hoc-vu-so","version":1,"done":"all"}', 'damaged'],
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
