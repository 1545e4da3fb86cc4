import { describe, expect, it } from 'vitest';
import { isStringList, isStringRecord } from '../../src/browser/checks';
import { attributeOf, dataReader, ElementError } from '../../src/browser/element-data';

// The pure half of the elements' base (src/browser/element.ts): what an element reads from its data-* attributes.
describe('dataReader', () => {
  const read = dataReader('hvs-sample', { summary: 'Đã học {done}/{total} bài', round: ' 5 ', bad: 'năm', lessons: '["a/b","a/c"]', broken: '["a/b"', wrong: '{"a":1}' });

  it('reads text, and an absent attribute as empty words', () => {
    expect(read.text('summary')).toBe('Đã học {done}/{total} bài');
    expect(read.text('missing')).toBe('');
  });

  it('reads a number, falling back when it is absent or not a number', () => {
    expect(read.number('round', 3)).toBe(5);
    expect(read.number('bad', 3)).toBe(3);
    expect(read.number('missing', 3)).toBe(3);
  });

  it('reads JSON through its check', () => {
    expect(read.json('lessons', isStringList)).toEqual(['a/b', 'a/c']);
  });

  it('names the element and the attribute when JSON is missing, malformed or of the wrong shape', () => {
    expect(() => read.json('missingList', isStringList)).toThrow(new ElementError('hvs-sample', 'data-missing-list'));
    expect(() => read.json('broken', isStringList)).toThrow('hvs-sample: data-broken is not JSON');
    expect(() => read.json('wrong', isStringRecord)).toThrow('hvs-sample: data-wrong has the wrong shape');
    try {
      read.json('wrong', isStringList);
    } catch (error) {
      expect(error).toBeInstanceOf(ElementError);
      expect(error).toMatchObject({ name: 'ElementError', element: 'hvs-sample', part: 'data-wrong' });
    }
  });
});

describe('checks for data-* JSON', () => {
  it('accepts a list of strings and nothing else', () => {
    expect(isStringList(['a', 'b'])).toEqual(['a', 'b']);
    expect(isStringList([])).toEqual([]);
    expect(isStringList(['a', 1])).toBeUndefined();
    expect(isStringList('a')).toBeUndefined();
  });

  it('accepts a record of strings and nothing else', () => {
    expect(isStringRecord({ saved: 'Đã lưu' })).toEqual({ saved: 'Đã lưu' });
    expect(isStringRecord({ saved: 1 })).toBeUndefined();
    expect(isStringRecord(['a'])).toBeUndefined();
    expect(isStringRecord(null)).toBeUndefined();
  });
});

it('ElementError says which element misses which part', () => {
  const error = new ElementError('hvs-quiz', '[role="status"]');
  expect(error.message).toBe('hvs-quiz: [role="status"] not found');
  expect(error.name).toBe('ElementError');
  expect(attributeOf('notYet')).toBe('data-not-yet');
});
