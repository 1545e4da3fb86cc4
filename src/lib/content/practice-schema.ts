import { z } from 'astro/zod';
import { SLUG } from '../text/fold.ts';
import { lines, oneOf, text } from './fields.ts';

/*
 * A practice exercise (content/practice/<slug>.yaml): a real task walked
 * through on drawn screens with made-up data. Each step shows one screen and
 * asks for one tap; exactly one thing on the screen is the right place.
 */

export const ITEM_KINDS = ['text', 'field', 'button', 'qr', 'notice'] as const;

const item = z
  .strictObject({
    /** What is drawn: a line of text, a filled-in box, a button, a QR code, a warning. */
    kind: z.enum(ITEM_KINDS, { error: `phải là một trong ${oneOf(ITEM_KINDS)}.` }),
    /** The words on the item (a button's label, a box's name, the text itself). */
    label: text('Ghi chữ hiện trên màn hình, ví dụ: label: Chuyển tiền'),
    /** What a box holds, made up and marked as an example where it looks real. */
    value: text('Ghi giá trị ví dụ trong ô, ví dụ: value: NGUYEN VAN A').optional(),
    /** The place to tap in this step. */
    target: z.boolean({ error: 'ghi target: true cho đúng một nút cần bấm ở bước này.' }).optional(),
  })
  .superRefine((entry, context) => {
    if (entry.target && entry.kind !== 'button' && entry.kind !== 'qr') {
      context.addIssue({ code: 'custom', path: ['target'], message: 'chỉ nút (kind: button) hoặc mã QR (kind: qr) mới bấm được. Chuyển target: true sang một nút.' });
    }
  });

const step = z
  .strictObject({
    /** What to do, in one short sentence: shown in large text. */
    instruction: text('Ghi việc cần làm ở bước này trong một câu, ví dụ: instruction: Bấm nút “Chuyển tiền”.'),
    /** Said after a wrong tap: where the right place is. */
    hint: text('Ghi lời nhắc khi bấm sai: nút đúng ở đâu, trông thế nào, ví dụ: hint: Nút “Chuyển tiền” ở hàng đầu, bên trái.'),
    /** Said after the right tap, before the next step (optional). */
    done: text('Ghi một câu khen hoặc giải thích sau khi bấm đúng.').optional(),
    screen: z.strictObject(
      {
        /** The screen's name, shown in its top bar. */
        title: text('Ghi tên màn hình, ví dụ: title: Trang chủ'),
        /** What the screen shows, for people who cannot see it. */
        description: text('Ghi lời tả màn hình cho người không nhìn thấy, ví dụ: description: Màn hình chính có số dư ví dụ và bốn nút lớn.'),
        items: z
          .array(item, { error: 'phải là danh sách những thứ trên màn hình, mỗi thứ có kind và label.' })
          .min(1, { error: 'cần ít nhất một thứ trên màn hình.' }),
      },
      { error: 'bị thiếu. Thêm screen: với title, description và items.' },
    ),
  })
  .superRefine((entry, context) => {
    const targets = entry.screen.items.filter((candidate) => candidate.target).length;
    if (targets !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['screen', 'items'],
        message: `có ${targets} chỗ ghi target: true. Mỗi bước cần đúng một nút (hoặc mã QR) ghi target: true.`,
      });
    }
  });

export const practiceSchema = z.strictObject({
  title: text('Ghi tên bài tập, ví dụ: title: Trả tiền bằng mã QR'),
  description: text('Ghi một câu nói bài tập giúp luyện gì.'),
  /** Folder name of the course the exercise belongs to. */
  course: text('Ghi tên thư mục khóa học, ví dụ: course: thanh-toan-khong-dung-tien-mat'),
  /** The lesson the exercise practises, as "<course>/<lesson>". */
  lesson: text('Ghi bài học liên quan dạng thư-mục-khóa-học/tên-tệp-bài, ví dụ: lesson: thanh-toan-khong-dung-tien-mat/tra-tien-bang-ma-qr'),
  /** The kind of app drawn, never a real brand: "Ứng dụng ngân hàng". */
  app: text('Ghi loại ứng dụng, không ghi tên ngân hàng hay thương hiệu thật, ví dụ: app: Ứng dụng ngân hàng'),
  steps: z
    .array(step, { error: 'phải là danh sách các bước, mỗi bước có instruction, hint và screen.' })
    .min(2, { error: 'cần ít nhất 2 bước.' }),
  /** Said on the finish screen: what the learner can now do, and the rule to remember. */
  finish: text('Ghi lời chúc khi làm xong và điều cần nhớ, ví dụ: finish: Bạn đã tập trả tiền bằng mã QR. Nhớ xem tên người nhận trước khi bấm Xác nhận.'),
});

export const SCAM_ANSWERS = ['lừa đảo', 'an toàn'] as const;
export const SCAM_KINDS = ['tin nhắn', 'cuộc gọi', 'trang web', 'màn hình điện thoại'] as const;

/** One scam-drill scenario (content/practice/lua-dao.yaml). */
export const scenarioSchema = z
  .strictObject({
    /** Short name without diacritics, unique. */
    id: text('Ghi tên ngắn không dấu, ví dụ: id: cong-an-goi-cap-nhat-vneid').regex(SLUG, {
      error: 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: id: cong-an-goi-cap-nhat-vneid',
    }),
    kind: z.enum(SCAM_KINDS, { error: `phải là một trong ${oneOf(SCAM_KINDS)}.` }),
    /** Who it seems to come from: a number, a name, an address. */
    from: text('Ghi người gửi, số gọi đến hoặc địa chỉ trang, ví dụ: from: Số lạ 09xx xxx xxx'),
    /** The message, the call's words or the page's text, one line each. */
    content: lines('Ghi nội dung tin nhắn, lời nói trong cuộc gọi hoặc chữ trên trang, mỗi dòng một câu.'),
    answer: z.enum(SCAM_ANSWERS, { error: `phải là một trong ${oneOf(SCAM_ANSWERS)}.` }),
    /** Why, in one or two sentences. */
    why: text('Ghi một hai câu giải thích vì sao là lừa đảo hoặc an toàn.'),
    /** The warning signs (for a scam) or what shows it is genuine. */
    signs: lines('Ghi các dấu hiệu nhận biết, mỗi dòng một dấu hiệu.'),
    /** What to do now. */
    todo: text('Ghi việc nên làm, ví dụ: todo: Cúp máy, không bấm link, báo số điện thoại lạ đến 5656.'),
    /** The lesson that teaches it, as "<course>/<lesson>". */
    lesson: text('Ghi bài học liên quan dạng thư-mục-khóa-học/tên-tệp-bài.'),
  });

export const drillSchema = z.strictObject({
  scenarios: z
    .array(scenarioSchema, { error: 'phải là danh sách tình huống.' })
    .min(5, { error: 'cần ít nhất 5 tình huống để chơi một lượt.' }),
});

export type PracticeExercise = z.output<typeof practiceSchema>;
export type ScamScenario = z.output<typeof scenarioSchema>;
