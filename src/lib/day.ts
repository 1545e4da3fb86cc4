/** Calendar days in Vietnam's time zone (CI runs in UTC); date.ts writes them for readers. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** "2026-11-25", the calendar day in Vietnam. */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** True for a real calendar day written YYYY-MM-DD: "2026-02-30" or "hôm qua" are not. */
export function isIsoDay(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
