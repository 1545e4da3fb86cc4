import { z } from 'astro/zod';
import { isoDate, oneOf, text } from './fields.ts';

export const NEWS_CATEGORIES = ['hoạt động', 'lớp học', 'gương điển hình', 'thi đua', 'thông báo'] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

/** A plan task as numbered in the appendix: group.number, e.g. "2.4". */
export const taskRefList = z
  .array(
    z.string({ error: 'mỗi nhiệm vụ ghi dạng "nhóm.số" trong dấu nháy, ví dụ: - "2.4"' }).regex(/^[1-3]\.[1-7]$/, {
      error: 'mỗi nhiệm vụ ghi dạng "nhóm.số" trong dấu nháy, ví dụ: - "2.4" (xem plan/nhiem-vu.yaml trong thư mục của phường).',
    }),
    { error: 'phải là danh sách số nhiệm vụ, mỗi dòng dạng - "2.4"' },
  )
  .optional();

/** True while an item is made-up sample content shipped with the portal. */
export const sampleFlag = z
  .boolean({ error: 'ghi sample: true nếu đây là tin hoặc lịch mẫu, sample: false (hoặc bỏ dòng này) nếu là thật.' })
  .default(false);

/** A picture under the ward's media/ folder (or the shared content/media/) with the words that replace it for people who cannot see it. */
export const mediaPicture = (example: string) =>
  z.strictObject(
    {
      // The content manager writes "/tin-tuc/x.svg"; a path from a media folder either way.
      src: text(`Ghi đường dẫn ảnh tính từ thư mục media/ của phường (content/wards/<tên-phường>/media/), ví dụ: src: ${example}`).transform((path) => path.replace(/^\/+/, '')),
      alt: text('Ghi lời tả ngắn cho ảnh (ai không nhìn thấy ảnh vẫn hiểu), ví dụ: alt: Hình vẽ các cụ đang học dùng điện thoại.'),
    },
    { error: `bị thiếu. Thêm cover: với src (ảnh trong thư mục media/ của phường, ví dụ ${example}) và alt (lời tả ảnh).` },
  );

/** Frontmatter of content/wards/<ward>/news/<slug>.mdx. */
export const newsSchema = z.strictObject({
  title: text('Ghi tiêu đề tin, ví dụ: title: Khai giảng lớp "Bình dân học vụ số" cho người cao tuổi'),
  /** Publication day. */
  date: isoDate('Ghi ngày đăng dạng năm-tháng-ngày, ví dụ: date: 2026-10-10'),
  category: z.enum(NEWS_CATEGORIES, { error: `phải là một trong ${oneOf(NEWS_CATEGORIES)}.` }),
  /** One or two sentences shown in lists, the feed and shared links. */
  summary: text('Ghi một hai câu tóm tắt tin, hiện trong danh sách tin và khi chia sẻ lên Zalo, Facebook.'),
  cover: mediaPicture('tin-tuc/lop-hoc-nguoi-cao-tuoi.svg'),
  /** The unit that published the item. */
  publisher: text('Ghi đơn vị đưa tin, ví dụ: publisher: Ủy ban nhân dân phường An Bình'),
  /** Plan tasks the item reports on. */
  tasks: taskRefList,
  sample: sampleFlag,
});
