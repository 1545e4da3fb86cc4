import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseSchema } from './lib/content/course-schema.ts';
import { eventSchema } from './lib/content/event-schema.ts';
import { newsSchema } from './lib/content/news-schema.ts';
import { lessonSchema } from './lib/content/lesson-schema.ts';
import { pathSchema } from './lib/content/path-schema.ts';
import { practiceSchema } from './lib/content/practice-schema.ts';
import { contentDir } from './lib/content/ward.ts';

const courses = defineCollection({
  loader: glob({
    pattern: '*/index.md',
    base: `${contentDir()}/courses`,
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: courseSchema,
});

/** One MDX file per lesson, in its course's folder; the id is "<course>/<lesson>". */
const lessons = defineCollection({
  loader: glob({
    pattern: '*/*.mdx',
    base: `${contentDir()}/courses`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: ({ image }) => lessonSchema(image()),
});

const paths = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: `${contentDir()}/paths`,
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: pathSchema,
});

/** One MDX file per news item; the file name is the slug. */
const news = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir()}/news` }),
  schema: newsSchema,
});

/** One MDX file per class or event; the file name is the slug. */
const events = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir()}/events` }),
  schema: eventSchema,
});

/** One YAML file per practice exercise; the file name is the slug. */
const practice = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir()}/practice`, generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  schema: practiceSchema,
});

export const collections = { courses, lessons, paths, news, events, practice };
