import type { APIRoute } from 'astro';
import { calendarEvent } from '../../lib/campaign/calendar-data';
import { calendarFile } from '../../lib/campaign/ics';
import { getEvents, type CampaignEvent } from '../../lib/content/campaign';
import { loadWard } from '../../lib/content/ward';
import { t } from '../../strings';

/** One event as a calendar file: a tap on a phone adds it to the calendar. */
export async function getStaticPaths() {
  return (await getEvents()).map((event) => ({ params: { slug: event.entry.id }, props: { event } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { event } = props as { event: CampaignEvent };
  const base = site ?? new URL('http://localhost/');
  const body = calendarFile([calendarEvent(event, base, loadWard().office.email)], { host: base.hostname, name: t('events.calendarName') });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
