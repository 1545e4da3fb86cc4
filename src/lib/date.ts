/** Dates as Vietnamese readers write them, always in Vietnam's time zone (CI runs in UTC). */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** "25/11/2026" */
export function formatDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

/** "2026-11-25", the calendar day in Vietnam. */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}
