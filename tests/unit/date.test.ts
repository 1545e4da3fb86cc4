import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDay, isoDay } from '../../src/lib/date';

describe('dates in Vietnam time', () => {
  it.each([
    ['2026-11-25T03:00:00Z', '25/11/2026', '2026-11-25'],
    // 23:30 UTC is already the next morning in Hà Nội.
    ['2026-10-09T23:30:00Z', '10/10/2026', '2026-10-10'],
    ['2026-01-01T00:00:00Z', '1/1/2026', '2026-01-01'],
  ])('%s is %s', (instant, shown, day) => {
    expect(formatDate(new Date(instant))).toBe(shown);
    expect(isoDay(new Date(instant))).toBe(day);
  });
});

describe('dates read from storage or files', () => {
  it.each(['2026-11-25', '2024-02-29', '2026-12-31'])('%s is a day', (text) => {
    expect(isIsoDay(text)).toBe(true);
  });

  it.each(['hôm qua', '2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '25/11/2026', '2026-11-25T10:00:00Z', ' 2026-11-25', '', 20261125, null, {}])('%j is not', (value) => {
    expect(isIsoDay(value)).toBe(false);
  });

  it('an invalid date formats as the fallback instead of throwing', () => {
    expect(formatDate(new Date('hôm qua'))).toBe('');
    expect(formatDate(new Date(Number.NaN), '1/1/2026')).toBe('1/1/2026');
  });
});
