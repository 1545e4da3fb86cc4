import type { CampaignEvent } from '../content/campaign.ts';
import type { CalendarEvent } from './ics.ts';
import { absoluteUrl, routes } from '../routes.ts';

/** An event as the calendar file needs it, with its page's absolute address. */
export const calendarEvent = ({ entry, start, end }: CampaignEvent, site: URL, contactEmail: string): CalendarEvent => ({
  slug: entry.id,
  title: entry.data.title,
  summary: entry.data.summary,
  start,
  end,
  place: entry.data.place,
  organiser: entry.data.organiser,
  howToJoin: entry.data.howToJoin,
  contactEmail,
  url: absoluteUrl(routes.event(entry.id), site),
});
