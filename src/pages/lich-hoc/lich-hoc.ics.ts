import type { APIRoute } from 'astro';
import { calendarEvent } from '../../lib/campaign/calendar-data';
import { calendarFile } from '../../lib/campaign/ics';
import { getEvents } from '../../lib/content/campaign';
import { loadWard } from '../../lib/content/ward';
import { t } from '../../strings';

/** Every class and event in one calendar file, to add at once. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost/');
  const events = await getEvents();
  const body = calendarFile(events.map((event) => calendarEvent(event, base, loadWard().office.email)), { host: base.hostname, name: t('events.calendarName') });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
