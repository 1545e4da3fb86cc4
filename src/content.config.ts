import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseSchema } from './lib/content/course-schema.ts';
import { lessonSchema } from './lib/content/lesson-schema.ts';
import { pathSchema } from './lib/content/path-schema.ts';
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

export const collections = { courses, lessons, paths };
