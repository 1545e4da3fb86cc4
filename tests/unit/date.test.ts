import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from '../../src/lib/date';

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
