import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../src/lib/content/vocabulary';
import { mergeHits } from '../../src/lib/search/merge';
import { dropStopPhrases, planQuery } from '../../src/lib/search/plan';

const vocabulary = loadVocabulary('content/search');

describe('dropStopPhrases', () => {
  it.each([
    ['cách đổi mật khẩu', 'đổi mật khẩu'],
    ['cach doi mat khau', 'doi mat khau'],
    ['làm sao để cài VNeID', 'cài vneid'],
    ['LAM SAO DE cai vneid', 'cai vneid'],
    ['bị lừa thì sao', 'bị lừa'],
    ['mã OTP là gì', 'mã otp'],
    ['nộp hồ sơ như thế nào', 'nộp hồ sơ'],
    ['cách', 'cách'],
  ])('%j keeps %j', (query, expected) => {
    expect(dropStopPhrases(query.toLocaleLowerCase('vi').split(' '), vocabulary.stopPhrases).join(' ')).toBe(expected);
  });
});

describe('planQuery', () => {
  it('tries "đ" for a "d" typed without marks, only at the start of a syllable', () => {
    expect(planQuery('duong di', { stopPhrases: [], synonyms: [] }).queries).toEqual(['duong di', 'duong đi', 'đuong di', 'đuong đi']);
    expect(planQuery('dường', { stopPhrases: [], synonyms: [] }).queries).toEqual(['dường']);
    expect(planQuery('nhập mã', { stopPhrases: [], synonyms: [] }).queries).toEqual(['nhập mã']);
  });

  it('swaps in the official word for an everyday one, and back', () => {
    expect(planQuery('cài app', vocabulary).synonyms).toContain('cài ứng dụng');
    expect(planQuery('dich vu cong online', vocabulary).synonyms).toContain('dich vu cong trực tuyến');
    expect(planQuery('chuyển khoản', vocabulary).synonyms).toContain('chuyển tiền');
    expect(planQuery('chuyển khoản', vocabulary).queries).toEqual(['chuyển khoản']);
  });

  it('reads NFD input, capitals and the other tone style as the same query', () => {
    const composed = planQuery('Thanh toán hoá đơn', vocabulary);
    expect(planQuery('Thanh toán hoá đơn'.normalize('NFD'), vocabulary).queries).toEqual(composed.queries);
    expect(composed.cleaned).toBe('thanh toán hoá đơn');
  });

  it('asks for the whole query and each pair of syllables as phrases', () => {
    expect(planQuery('dịch vụ công', vocabulary).phrases).toEqual(['"dịch vụ công"', '"dịch vụ"', '"vụ công"']);
    expect(planQuery('mã QR', vocabulary).phrases).toEqual(['"mã qr"']);
    expect(planQuery('vneid', vocabulary).phrases).toEqual([]);
  });

  it('falls back to the query less one word, so a page missing one word still shows', () => {
    expect(planQuery('gửi tiết kiệm online', { stopPhrases: [], synonyms: [] }).relaxed).toEqual([
      'tiết kiệm online',
      'gửi kiệm online',
      'gửi tiết online',
      'gửi tiết kiệm',
    ]);
    expect(planQuery('vneid', vocabulary).relaxed).toEqual([]);
  });

  it('never runs more than 16 queries', () => {
    expect(planQuery('dd de di do du da dy', vocabulary).queries.length).toBeLessThanOrEqual(16);
  });
});

describe('mergeHits', () => {
  it('keeps each page once with its best weighted score', () => {
    const merged = mergeHits({
      queries: [[{ id: 'a', score: 1 }, { id: 'b', score: 3 }], [{ id: 'a', score: 5 }]],
      synonyms: [[{ id: 'c', score: 6 }]],
      relaxed: [[{ id: 'd', score: 9 }]],
      phrases: [],
    });
    expect(merged).toEqual(['a', 'c', 'd', 'b']);
  });

  it('ranks syllables kept together above scattered ones', () => {
    const merged = mergeHits({
      queries: [[{ id: 'scattered', score: 4 }, { id: 'together', score: 3 }]],
      synonyms: [],
      relaxed: [],
      phrases: [[{ id: 'together', score: 1 }]],
    });
    expect(merged).toEqual(['together', 'scattered']);
  });
});
