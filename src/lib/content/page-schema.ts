import { z } from 'astro/zod';
import { text } from './fields.ts';

/** Frontmatter of a page's prose (content/pages/<page>.mdx); the page adds the ward's contacts and links itself. */
export const pageSchema = z.strictObject({
  /** The page's main heading. */
  title: text('Ghi tiêu đề lớn của trang, ví dụ: title: Phong trào “Bình dân học vụ số” là gì?'),
  /** One or two sentences under the heading, also shown when the page is shared. */
  description: text('Ghi một hai câu ngắn nói trang này nói về gì.'),
});

export type PageData = z.output<typeof pageSchema>;
