import { z } from 'astro/zod';
import { parseLocalTime } from '../campaign/time.ts';
import { audienceList, flag, oneOf, text } from './fields.ts';
import { sampleFlag, taskRefList } from './news-schema.ts';

export const EVENT_KINDS = ['lớp học', 'sự kiện'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** "2026-10-10 08:00", wall-clock time in Vietnam; kept as text so YAML cannot shift it. */
const localTime = (field: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `bị thiếu. Ghi ngày giờ dạng năm-tháng-ngày giờ:phút, ví dụ: ${field}: ${example}`
          : // A day alone reaches here as a Date (Astro's YAML reader): the time is what is missing.
            `thiếu giờ. Ghi cả giờ:phút sau ngày, ví dụ: ${field}: ${example}`,
    })
    .trim()
    .refine((value) => parseLocalTime(value) !== null, {
      error: (issue) =>
        /^\d{4}-\d{2}-\d{2}$/.test(String(issue.input).trim())
          ? `thiếu giờ. Ghi cả giờ:phút sau ngày, ví dụ: ${field}: ${example}`
          : `phải là một ngày giờ có thật, dạng năm-tháng-ngày giờ:phút theo giờ Việt Nam, ví dụ: ${field}: ${example}`,
    });

/** Frontmatter of content/wards/<ward>/events/<slug>.mdx; the body says more about the event. */
export const eventSchema = z
  .strictObject({
    title: text('Ghi tên lớp hoặc sự kiện, ví dụ: title: Lớp học dùng VNeID cho người cao tuổi'),
    kind: z.enum(EVENT_KINDS, { error: `phải là một trong ${oneOf(EVENT_KINDS)}.` }),
    summary: text('Ghi một hai câu nói lớp học giúp gì, hiện trong danh sách lịch học.'),
    start: localTime('start', '2026-12-05 08:00'),
    end: localTime('end', '2026-12-05 10:30'),
    place: z.strictObject(
      {
        name: text('Ghi tên nơi học, ví dụ: name: Nhà văn hóa tổ dân phố số 3'),
        address: text('Ghi địa chỉ, ví dụ: address: Số 12 ngõ 5 phố Hòa Bình, phường An Bình'),
      },
      { error: 'bị thiếu. Thêm place: với name (tên nơi học) và address (địa chỉ).' },
    ),
    audiences: audienceList,
    /** Folder name of the course the class teaches, if any. */
    course: text('Ghi tên thư mục khóa học liên quan, ví dụ: course: dich-vu-cong-truc-tuyen').optional(),
    organiser: text('Ghi đơn vị tổ chức, ví dụ: organiser: Đoàn Thanh niên phường An Bình'),
    /** What a resident does to take part, and what to bring. */
    howToJoin: text('Ghi cách tham gia, ví dụ: howToJoin: Đến trực tiếp, mang theo điện thoại đã sạc pin. Không cần đăng ký.'),
    free: flag('Ghi free: true nếu miễn phí, free: false nếu có thu phí.'),
    /** Part of the yearly "Ngày hội toàn dân học tập số" programme. */
    festival: z.boolean({ error: 'ghi festival: true nếu là một phần của Ngày hội toàn dân học tập số 10/10.' }).default(false),
    tasks: taskRefList,
    sample: sampleFlag,
  })
  .superRefine((event, context) => {
    const start = parseLocalTime(event.start);
    const end = parseLocalTime(event.end);
    if (start && end && end <= start) {
      context.addIssue({ code: 'custom', path: ['end'], message: `phải sau giờ bắt đầu (${event.start}). Kiểm tra lại ngày giờ kết thúc.` });
    }
  });
