import { z } from 'astro/zod';
import { audienceList, oneOf, text, wholeNumber } from './fields.ts';

export const COURSE_ICONS = ['phone', 'public-service', 'payment', 'shield', 'health', 'market'] as const;
export type CourseIcon = (typeof COURSE_ICONS)[number];

/** Frontmatter of content/courses/<slug>/index.md; the folder name is the URL slug. */
export const courseSchema = z.strictObject({
  /** The course's name, as residents read it. */
  title: text('Ghi tên khóa học, ví dụ: title: An toàn trên mạng'),
  /** One or two plain sentences on what the course teaches. */
  description: text('Ghi một hai câu ngắn nói khóa học dạy gì.'),
  /** Ends the sentence "Tôi muốn ..." on the home page. */
  need: text('Ghi điều người dân muốn làm, nối tiếp câu "Tôi muốn ...", ví dụ: need: tránh bị lừa đảo trên mạng'),
  /** Picture shown beside the course; one of COURSE_ICONS. */
  icon: z.enum(COURSE_ICONS, { error: `phải là một trong ${oneOf(COURSE_ICONS)}.` }),
  /** Position in course lists, from 1. */
  order: wholeNumber('Ghi thứ tự khóa học, ví dụ: order: 3'),
  /** Groups of residents the course is written for. */
  audiences: audienceList,
});

export type CourseData = z.output<typeof courseSchema>;
