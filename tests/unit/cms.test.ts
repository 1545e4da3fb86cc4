import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldsOf, missingLabels } from '../../src/lib/cms/fields';
import { LABELS } from '../../src/lib/cms/labels';
import { courseSchema } from '../../src/lib/content/course-schema';
import { eventSchema } from '../../src/lib/content/event-schema';
import { lessonSchema } from '../../src/lib/content/lesson-schema';
import { NEWS_CATEGORIES, newsSchema } from '../../src/lib/content/news-schema';
import { pathSchema } from '../../src/lib/content/path-schema';
import { indicatorsSchema, networkSchema, planSchema } from '../../src/lib/content/plan';
import { wardSchema } from '../../src/lib/content/ward';

const SCHEMAS: Record<string, z.ZodType> = {
  ward: wardSchema,
  course: courseSchema,
  lesson: lessonSchema(z.custom<string>()),
  path: pathSchema,
  news: newsSchema,
  event: eventSchema,
  plan: planSchema,
  indicators: indicatorsSchema,
  network: networkSchema,
};

describe("the content manager's forms follow the schemas", () => {
  it.each(Object.keys(SCHEMAS))('every field of the %s schema has a Vietnamese label', (name) => {
    expect(missingLabels(SCHEMAS[name] as z.ZodType, LABELS[name] ?? {})).toEqual([]);
  });

  it('keeps required fields, allowed values, kinds and defaults', () => {
    const news = fieldsOf(newsSchema, LABELS['news'] ?? {});
    const byName = Object.fromEntries(news.map((field) => [field.name, field]));
    expect(news.map((field) => field.name)).toEqual(Object.keys(newsSchema.shape));
    expect(byName['title']).toMatchObject({ widget: 'string', label: 'Tiêu đề tin' });
    expect(byName['title']?.required).toBeUndefined();
    expect(byName['category']).toMatchObject({ widget: 'select', options: [...NEWS_CATEGORIES] });
    expect(byName['date']).toMatchObject({ widget: 'datetime', time_format: false });
    expect(byName['tasks']).toMatchObject({ widget: 'list', required: false });
    expect(byName['sample']).toMatchObject({ widget: 'boolean', required: false, default: false });
    expect(byName['cover']?.fields?.map((field) => [field.name, field.required])).toEqual([
      ['src', undefined],
      ['alt', undefined],
    ]);
  });

  it('makes the lesson cover a picture with its alt text required, and whole numbers whole', () => {
    const lesson = fieldsOf(lessonSchema(z.custom<string>()), LABELS['lesson'] ?? {});
    const cover = lesson.find((field) => field.name === 'cover');
    expect(cover).toMatchObject({ widget: 'object', required: false });
    expect(cover?.fields?.find((field) => field.name === 'src')?.widget).toBe('image');
    expect(cover?.fields?.find((field) => field.name === 'alt')?.required).toBeUndefined();
    expect(lesson.find((field) => field.name === 'order')).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(lesson.find((field) => field.name === 'audiences')).toMatchObject({ widget: 'select', multiple: true });
    expect(lesson.find((field) => field.name === 'quiz')?.fields?.map((field) => field.name)).toEqual(['question', 'options', 'answer', 'explanation']);
  });

  it('notices a field added to a schema without a label', () => {
    const grown = newsSchema.extend({ location: z.string() });
    expect(missingLabels(grown, LABELS['news'] ?? {})).toEqual(['location']);
  });
});
