import { createEvents, type EventAttributes } from 'ics';
import { t } from '../../strings/index.ts';

/** What a calendar entry needs of an event; times are instants. */
export interface CalendarEvent {
  slug: string;
  title: string;
  summary: string;
  start: Date;
  end: Date;
  place: { name: string; address: string };
  organiser: string;
  /** Public address replies go to (the ward office): iCalendar requires one for the organiser. */
  contactEmail: string;
  howToJoin: string;
  /** Absolute address of the event's page. */
  url: string;
}

/*
 * Times are written in UTC ("...Z"): every calendar app shows them in the
 * phone's own time zone, so a resident in Vietnam sees 8:00 for a class at
 * 8:00, with no VTIMEZONE block to get wrong.
 */
function toAttributes(event: CalendarEvent, host: string): EventAttributes {
  return {
    uid: `${event.slug}@${host}`,
    title: event.title,
    description: t('calendar.description', { summary: event.summary, howToJoin: event.howToJoin, url: event.url }),
    location: `${event.place.name}, ${event.place.address}`,
    url: event.url,
    start: event.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    organizer: { name: event.organiser, email: event.contactEmail },
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  };
}

const LINE_OCTETS = 75;

/**
 * Folds content lines at 75 octets of UTF-8, continuation space included
 * (RFC 5545 3.1), never inside a character. The ics library folds at 75
 * characters, so a line of Vietnamese (2–3 octets a letter) runs past 100.
 */
export function foldLines(text: string): string {
  const encoder = new TextEncoder();
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        // The first line holds 75 octets; the others 74 after their leading space.
        if (octets + size > LINE_OCTETS - (parts.length ? 1 : 0)) {
          parts.push(part);
          part = '';
          octets = 0;
        }
        part += char;
        octets += size;
      }
      return [...parts, part].join('\r\n ');
    })
    .join('\r\n');
}

/** An iCalendar file with the given events; throws if the library rejects one. */
export function calendarFile(events: readonly CalendarEvent[], options: { host: string; name: string }): string {
  const { error, value } = createEvents(
    events.map((event) => toAttributes(event, options.host)),
    { productId: '-//Binh dan hoc vu so//Lich hoc//VI', calName: options.name },
  );
  if (error || value === null) throw error ?? new Error('ics: could not create the calendar');
  return foldLines(value);
}
