import { isoLocal } from './campaign/time.ts';
import { isoDay } from './date.ts';
import { capitalize } from './text/capitalize.ts';

/** A schema.org description of a page, written into its head as JSON-LD. */
export interface JsonLdThing {
  '@context': 'https://schema.org';
  '@type': string;
  [property: string]: unknown;
}

/*
 * Characters escaped as \uXXXX, which JSON reads back unchanged: "<" and ">" so
 * no text ("…</script><img …>" in a news title) can close the script element or
 * open a comment, "&" so nothing reads as an entity, and the two line
 * separators that older JavaScript parsers take for line breaks.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

/** The text of a `<script type="application/ld+json">` element: JSON that no value can break out of. */
export function jsonLd(data: JsonLdThing): string {
  return JSON.stringify(data).replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/*
 * The three kinds of page that describe themselves to search engines. Each
 * builder takes plain values (no content collection), so the shapes are tested
 * in tests/unit/json-ld.test.ts; components/layout/JsonLd.astro writes them.
 */

export interface LessonFacts {
  title: string;
  description: string;
  /** Full address of the lesson's page. */
  url: string;
  level: string;
  minutes: number;
  objectives: string[];
  audiences: readonly string[];
  lastChecked: Date;
  sources: { url: string }[];
  course: { title: string; description: string; url: string };
  /** The ward office publishing the course. */
  provider: string;
}

export function lessonJsonLd(lesson: LessonFacts): JsonLdThing {
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: lesson.title,
    description: lesson.description,
    url: lesson.url,
    inLanguage: 'vi',
    learningResourceType: 'lesson',
    educationalLevel: lesson.level,
    timeRequired: `PT${lesson.minutes}M`,
    teaches: lesson.objectives,
    audience: lesson.audiences.map((audience) => ({ '@type': 'EducationalAudience', audienceType: audience })),
    isAccessibleForFree: true,
    dateModified: isoDay(lesson.lastChecked),
    citation: lesson.sources.map((source) => source.url),
    isPartOf: {
      '@type': 'Course',
      name: lesson.course.title,
      description: lesson.course.description,
      url: lesson.course.url,
      inLanguage: 'vi',
      provider: { '@type': 'GovernmentOrganization', name: lesson.provider },
    },
  };
}

export interface EventFacts {
  title: string;
  summary: string;
  start: Date;
  end: Date;
  free: boolean;
  url: string;
  place: { name: string; address: string };
  organiser: string;
  audiences: readonly string[];
}

export function eventJsonLd(event: EventFacts): JsonLdThing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: isoLocal(event.start),
    endDate: isoLocal(event.end),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: 'vi',
    isAccessibleForFree: event.free,
    url: event.url,
    location: { '@type': 'Place', name: event.place.name, address: { '@type': 'PostalAddress', streetAddress: event.place.address, addressCountry: 'VN' } },
    organizer: { '@type': 'Organization', name: event.organiser },
    audience: { '@type': 'Audience', audienceType: event.audiences.join(', ') },
  };
}

export interface NewsFacts {
  title: string;
  summary: string;
  date: Date;
  category: string;
  /** Who wrote it (an organisation). */
  publisher: string;
  url: string;
  image: string;
  /** The ward office publishing the site. */
  site: { name: string; url: string };
}

export function newsJsonLd(item: NewsFacts): JsonLdThing {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description: item.summary,
    datePublished: isoDay(item.date),
    inLanguage: 'vi',
    image: [item.image],
    mainEntityOfPage: item.url,
    articleSection: capitalize(item.category),
    author: { '@type': 'Organization', name: item.publisher },
    publisher: { '@type': 'Organization', name: item.site.name, url: item.site.url },
  };
}
