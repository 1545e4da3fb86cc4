/** Dates as Vietnamese readers write them, always in Vietnam's time zone (CI runs in UTC). */
import { TIME_ZONE } from './day.ts';

// Kept apart in day.ts so that the code every lesson loads (progress) does not carry formatDate.
export { isIsoDay, isoDay } from './day.ts';

/** "25/11/2026"; an invalid date (from a damaged file, say) gives `fallback` instead of throwing. */
export function formatDate(date: Date, fallback = ''): string {
  if (Number.isNaN(date.getTime())) return fallback;
  const parts = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}
