import { relative, sep } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseSchema } from './lib/content/course-schema.ts';
import { eventSchema } from './lib/content/event-schema.ts';
import { lessonSchema } from './lib/content/lesson-schema.ts';
import { newsSchema } from './lib/content/news-schema.ts';
import { pageSchema } from './lib/content/page-schema.ts';
import { pathSchema } from './lib/content/path-schema.ts';
import { practiceSchema } from './lib/content/practice-schema.ts';
import { contentLayout, kindDirs, kindFile } from './lib/content/layout.ts';
import { kind, PAGE_KINDS, type KindName } from './lib/content/registry.ts';

/*
 * Where each collection's files are and how they are named come from the
 * registry of content kinds (lib/content/registry.ts), which the content check
 * that runs before the build reads too.
 */
const files = (name: KindName, generateId?: (entry: string) => string) => {
  const { pattern } = kind(name);
  const [base = ''] = kindDirs(kind(name));
  return glob({ pattern, base, ...(generateId ? { generateId: ({ entry }) => generateId(entry) } : {}) });
};
const withoutExtension = (entry: string) => entry.replace(/\.[^./]+$/, '');

/** The folder name is the course's id. */
const courses = defineCollection({ loader: files('course', (entry) => entry.split('/')[0] ?? entry), schema: courseSchema });

/** One MDX file per lesson, in its course's folder; the id is "<course>/<lesson>". */
const lessons = defineCollection({ loader: files('lesson', withoutExtension), schema: ({ image }) => lessonSchema(image()) });

const paths = defineCollection({ loader: files('path', withoutExtension), schema: pathSchema });

/** One MDX file per news item; the file name is the slug. */
const news = defineCollection({ loader: files('news'), schema: newsSchema });

/** One MDX file per class or event; the file name is the slug. */
const events = defineCollection({ loader: files('event'), schema: eventSchema });

/** One YAML file per practice exercise; the file name is the slug. */
const practice = defineCollection({ loader: files('practice', withoutExtension), schema: practiceSchema });

/**
 * The prose of the movement page, the accessibility statement, the leaflet…: the ward's own file where it
 * wrote one, else the shared one; the id is the file name.
 */
const { dir } = contentLayout();
const pages = defineCollection({
  loader: glob({
    pattern: PAGE_KINDS.flatMap((entry) => {
      const file = kindFile(entry);
      return file === undefined ? [] : [relative(dir, file).split(sep).join('/')];
    }),
    base: dir,
    generateId: ({ entry }) => withoutExtension(entry.split('/').at(-1) ?? entry),
  }),
  schema: pageSchema,
});

export const collections = { courses, lessons, paths, news, events, practice, pages };
