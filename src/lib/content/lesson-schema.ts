import { z } from 'astro/zod';
import { audienceList, httpsUrl, isoDate, lines, oneOf, text, wholeNumber } from './fields.ts';

/** Everyday names of a lesson's topic, at most: a long list would make the lesson answer queries about other topics. */
export const SEARCH_TERMS_MAX = 8;

export const LEVELS = ['cơ bản', 'nâng cao'] as const;
export type Level = (typeof LEVELS)[number];

const quizQuestion = z
  .strictObject({
    question: text('Ghi câu hỏi, ví dụ: question: Có người gọi tự xưng là công an, hỏi mã OTP. Bạn làm gì?'),
    options: z
      .array(text('Ghi nội dung lựa chọn.'), { error: 'phải là danh sách 3 lựa chọn, mỗi dòng bắt đầu bằng "- ".' })
      .min(2, { error: 'cần ít nhất 2 lựa chọn (nên có 3).' })
      .max(4, { error: 'nhiều nhất 4 lựa chọn.' }),
    answer: text('Chép y nguyên lựa chọn đúng vào answer:.'),
    explanation: text('Ghi một hai câu giải thích vì sao, hiện ra sau khi trả lời.'),
  })
  .superRefine((question, context) => {
    if (!question.options.includes(question.answer)) {
      context.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `"${question.answer}" không có trong options. Chép y nguyên một lựa chọn đúng vào answer:, ví dụ: answer: ${question.options[0] ?? '...'}`,
      });
    }
  });

/** Frontmatter of content/courses/<course>/<slug>.mdx; `cover` takes Astro's image() schema. */
export const lessonSchema = <Image extends z.ZodType>(image: Image) =>
  z.strictObject({
    /** The lesson's name: the task it teaches. */
    title: text('Ghi tên bài, ví dụ: title: Trả tiền bằng mã QR'),
    /** One or two plain sentences on what the lesson is about. */
    description: text('Ghi một hai câu ngắn nói bài học giúp làm gì.'),
    /** Folder name of the course the lesson belongs to. */
    course: text('Ghi tên thư mục của khóa học, ví dụ: course: an-toan-tren-mang'),
    /** Position in the course, from 1, unique within the course. */
    order: wholeNumber('Ghi thứ tự bài trong khóa, ví dụ: order: 2'),
    audiences: audienceList,
    level: z.enum(LEVELS, { error: `phải là một trong ${oneOf(LEVELS)}.` }),
    /** Time a learner needs, in minutes. */
    minutes: wholeNumber('Ghi số phút cần để học, ví dụ: minutes: 10'),
    /** Each completes "Sau bài này, bạn có thể ...". */
    objectives: lines('Mỗi dòng nối tiếp câu "Sau bài này, bạn có thể ...", ví dụ: - trả tiền bằng mã QR'),
    /**
     * How residents name the topic in their own words, for search only (never shown): a few short
     * everyday phrases the title and text do not use. Indexed with the weight of a heading.
     */
    searchTerms: z
      .array(text('Ghi một cách gọi ngắn, ví dụ: - đóng tiền điện bằng điện thoại'), {
        error: 'phải là danh sách cách người dân hay gọi chủ đề, mỗi dòng bắt đầu bằng "- ", ví dụ: - đóng tiền điện bằng điện thoại',
      })
      .max(SEARCH_TERMS_MAX, { error: `nhiều nhất ${SEARCH_TERMS_MAX} dòng. Giữ những cách gọi người dân hay dùng nhất.` })
      .optional(),
    /** Easy-read summary: 3–6 short lines, one idea each. */
    easyRead: lines('Ghi 3 đến 6 dòng rất ngắn, mỗi dòng một ý, ví dụ: - Mã OTP là mã bí mật.'),
    /** Official pages the lesson's facts come from. */
    sources: z
      .array(
        z.strictObject({
          title: text('Ghi tên trang nguồn và cơ quan, ví dụ: title: Cổng Dịch vụ công quốc gia'),
          url: httpsUrl('Ghi địa chỉ đầy đủ của trang nguồn chính thức, ví dụ: url: https://dichvucong.gov.vn'),
          /** false for a source knowingly outside the official domain list (press quoting an agency). */
          official: z.boolean({ error: 'ghi official: false nếu nguồn không thuộc danh sách trang chính thức (ví dụ báo chí).' }).optional(),
        }),
        { error: 'bị thiếu. Thêm sources: với ít nhất một nguồn chính thức (title và url).' },
      )
      .min(1, { error: 'cần ít nhất một nguồn chính thức (title và url).' }),
    /** When an editor last re-opened the sources and confirmed the steps. */
    lastChecked: isoDate('Ghi ngày kiểm tra lần cuối dạng năm-tháng-ngày, ví dụ: lastChecked: 2026-11-25'),
    /** Optional picture at the top of the lesson. */
    cover: z
      .strictObject({
        src: image,
        alt: text('Ghi lời tả ngắn cho ảnh bìa (ai không nhìn thấy ảnh vẫn hiểu), ví dụ: alt: Hình vẽ điện thoại đang có cuộc gọi lạ.'),
      })
      .optional(),
    /** For volunteers who teach the lesson face to face in about 15 minutes. */
    teachingGuide: z.strictObject(
      {
        steps: lines('Ghi các bước dạy bài này trong khoảng 15 phút, mỗi dòng một bước.'),
        prepare: lines('Ghi những thứ cần chuẩn bị, ví dụ: - Điện thoại của người học, đã sạc pin.'),
        mistakes: lines('Ghi những lỗi người học hay mắc, ví dụ: - Bấm nhầm vào đường link lạ.'),
        check: lines('Ghi cách biết người học đã tự làm được, ví dụ: - Người học tự cúp máy khi bạn giả làm cuộc gọi lạ.'),
      },
      { error: 'bị thiếu. Thêm teachingGuide: với steps, prepare, mistakes và check cho người hướng dẫn.' },
    ),
    /** Self-check questions shown after the lesson. */
    quiz: z
      .array(quizQuestion, { error: 'phải là danh sách câu hỏi, mỗi câu có question, options, answer và explanation.' })
      .min(1, { error: 'cần ít nhất một câu hỏi tự kiểm tra (nên có 3).' }),
  });

export type QuizQuestion = z.output<typeof quizQuestion>;
