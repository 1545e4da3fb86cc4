import { t } from '../../strings/index.ts';

/*
 * Event times are written as wall-clock time in Vietnam ("2026-10-10 08:00").
 * Vietnam has kept UTC+7 with no daylight saving since 1975, so a fixed offset
 * is exact and needs no time-zone database.
 */
const OFFSET_HOURS = 7;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$/;

/** The instant of "YYYY-MM-DD HH:MM" in Vietnam, or null if it is not a real time. */
export function parseLocalTime(value: string): Date | null {
  const match = LOCAL.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const instant = new Date(Date.UTC(year, month - 1, day, hour - OFFSET_HOURS, minute));
  // Reject days that roll over, such as 31/11.
  const local = toLocalParts(instant);
  return local.year === year && local.month === month && local.day === day ? instant : null;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday */
  weekday: number;
}

/** The wall-clock fields of an instant in Vietnam. */
export function toLocalParts(instant: Date): LocalParts {
  const shifted = new Date(instant.getTime() + OFFSET_HOURS * 3_600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

/** Sunday first, as Date.getUTCDay() counts. */
const WEEKDAYS = t('time.weekdays').split(', ');

const clock = (parts: LocalParts) => `${parts.hour}:${String(parts.minute).padStart(2, '0')}`;
const day = (parts: LocalParts) => `${WEEKDAYS[parts.weekday]}, ${parts.day}/${parts.month}/${parts.year}`;

/** "Thứ Bảy, 10/10/2026, 8:00–11:00"; an event over several days names both days. */
export function formatEventTime(start: Date, end: Date): string {
  const from = toLocalParts(start);
  const to = toLocalParts(end);
  const sameDay = from.year === to.year && from.month === to.month && from.day === to.day;
  return sameDay ? `${day(from)}, ${clock(from)}–${clock(to)}` : `${day(from)}, ${clock(from)} – ${day(to)}, ${clock(to)}`;
}

/** "2026-10-10T08:00:00+07:00", for JSON-LD and <time datetime>. */
export function isoLocal(instant: Date): string {
  const p = toLocalParts(instant);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}:00+07:00`;
}
