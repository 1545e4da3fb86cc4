import { z } from 'astro/zod';
import { AUDIENCES } from '../audiences.ts';
import { oneOf, text } from './fields.ts';

/** content/paths/<audience-slug>.yaml: an ordered list of lessons across courses. */
export const pathSchema = z.strictObject({
  /** The group of residents this path is for. */
  audience: z.enum(AUDIENCES, { error: `phải là một trong ${oneOf(AUDIENCES)}.` }),
  /** How a resident recognises the path in "Bắt đầu từ đâu?", in their words. */
  start: text('Ghi câu người dân tự nhận ra mình, ví dụ: start: Tôi lớn tuổi, mới dùng điện thoại thông minh'),
  /** A short introduction shown above the list. */
  intro: text('Ghi một hai câu giới thiệu lộ trình cho nhóm này.'),
  /** Lessons in the order to learn them, as "<course>/<lesson>". */
  lessons: z
    .array(text('Ghi bài học dạng thư-mục-khóa-học/tên-tệp-bài, ví dụ: - an-toan-tren-mang/cuoc-goi-gia-danh-cong-an'), {
      error: 'phải là danh sách bài học, mỗi dòng dạng - thư-mục-khóa-học/tên-tệp-bài',
    })
    .min(1, { error: 'cần ít nhất một bài học.' }),
});
