import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseSchema } from './lib/content/course-schema.ts';
import { contentDir } from './lib/content/ward.ts';

const courses = defineCollection({
  loader: glob({
    pattern: '*/index.{md,mdx}',
    base: `${contentDir()}/courses`,
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: courseSchema,
});

export const collections = { courses };
