import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { SLUG } from '../text/fold.ts';
import { contentLayout } from './layout.ts';
import { readYamlFile } from './yaml-file.ts';
import { flag, isoDate, phone, text } from './fields.ts';
import { sampleFlag } from './news-schema.ts';

/*
 * The ward's plan (content/wards/<ward>/plan/): its tasks, the progress indicators and the
 * support network. Plain YAML data files, validated here so a mistake names
 * the file, the field and the fix.
 */

const slug = (hint: string) =>
  text(hint).regex(SLUG, { error: `chỉ gồm chữ thường không dấu, số và dấu gạch ngang. ${hint}` });

const taskId = z
  .string({ error: 'ghi số nhiệm vụ dạng "nhóm.số" trong dấu nháy, ví dụ: "2.4"' })
  .regex(/^[1-3]\.[1-7]$/, { error: 'ghi số nhiệm vụ dạng "nhóm.số" trong dấu nháy, ví dụ: "2.4"' });

export const planSchema = z
  .strictObject({
    /** The document the tasks are copied from. */
    source: text('Ghi tên văn bản gốc của kế hoạch.'),
    groups: z
      .array(
        z.strictObject({
          number: z.number({ error: 'ghi số thứ tự của nhóm, ví dụ: number: 1' }).int(),
          title: text('Ghi tên nhóm nhiệm vụ như trong kế hoạch.'),
        }),
        { error: 'phải là danh sách nhóm nhiệm vụ, mỗi nhóm có number và title.' },
      )
      .min(1),
    tasks: z
      .array(
        z.strictObject({
          /** "group.number" as in the appendix. */
          id: taskId,
          /** The task page's URL name. */
          slug: slug('Ghi tên trang không dấu, ví dụ: slug: lop-hoc-cho-nguoi-cao-tuoi'),
          /** The editors' short name for the task. */
          title: text('Ghi tên ngắn của nhiệm vụ, ví dụ: title: Lớp học cho người cao tuổi'),
          content: text('Chép nội dung công việc đúng như trong kế hoạch.'),
          lead: text('Chép cơ quan chủ trì đúng như trong kế hoạch.'),
          partners: text('Chép cơ quan phối hợp đúng như trong kế hoạch.'),
          result: text('Chép kết quả thực hiện đúng như trong kế hoạch.'),
          time: text('Chép thời gian thực hiện đúng như trong kế hoạch, ví dụ: time: Năm 2025 - 2026'),
          /** The editors' one-line explanation for residents. */
          plain: text('Ghi một câu giải thích dễ hiểu cho người dân.'),
          /** Courses of the portal that help carry the task out. */
          courses: z.array(text('Ghi tên thư mục khóa học, ví dụ: - an-toan-tren-mang')).optional(),
        }),
        { error: 'phải là danh sách nhiệm vụ.' },
      )
      .min(1),
  })
  .superRefine((plan, context) => {
    const groups = new Set(plan.groups.map((group) => group.number));
    const seen = new Set<string>();
    plan.tasks.forEach((task, index) => {
      if (!groups.has(Number(task.id.split('.')[0]))) {
        context.addIssue({ code: 'custom', path: ['tasks', index, 'id'], message: `nhiệm vụ "${task.id}" thuộc nhóm không có trong groups. Kiểm tra lại số nhóm.` });
      }
      if (seen.has(task.id)) {
        context.addIssue({ code: 'custom', path: ['tasks', index, 'id'], message: `số nhiệm vụ "${task.id}" bị trùng. Mỗi nhiệm vụ một số riêng.` });
      }
      seen.add(task.id);
    });
  });

const targetYear = z
  .union([z.number().int(), z.string().trim().min(1)], { error: 'ghi năm cần đạt, ví dụ: by: "2026", hoặc by: hằng năm' })
  .transform(String);

export const indicatorsSchema = z.strictObject({
  indicators: z
    .array(
      z.strictObject({
        id: slug('Ghi tên ngắn không dấu, ví dụ: id: ho-gia-dinh-duoc-pho-bien'),
        name: text('Ghi tên chỉ số, ví dụ: name: Hộ gia đình được phổ biến mục đích, ý nghĩa của phong trào'),
        task: taskId,
        unit: text('Ghi đơn vị: "%" cho tỉ lệ phần trăm, hoặc thứ được đếm, ví dụ: unit: tổ dân phố'),
        value: z.number({ error: 'ghi con số hiện nay, ví dụ: value: 86' }).min(0, { error: 'không được là số âm.' }),
        targets: z
          .array(
            z.strictObject({
              value: z.number({ error: 'ghi con số mục tiêu, ví dụ: value: 100' }).positive({ error: 'mục tiêu phải lớn hơn 0.' }),
              by: targetYear,
            }),
            { error: 'phải là danh sách mục tiêu, mỗi mục tiêu có value và by.' },
          )
          .min(1, { error: 'cần ít nhất một mục tiêu.' }),
        asOf: isoDate('Ghi ngày của số liệu dạng năm-tháng-ngày, ví dụ: asOf: 2026-11-15'),
        source: text('Ghi số liệu lấy từ đâu, ví dụ: source: Báo cáo sơ kết của Ủy ban nhân dân phường'),
        sample: sampleFlag,
      }),
      { error: 'phải là danh sách chỉ số.' },
    )
    .min(1),
});

export const networkSchema = z.strictObject({
  sample: flag('Ghi sample: true khi còn là dữ liệu mẫu, sample: false khi đã điền thông tin thật.'),
  teams: z
    .array(
      z.strictObject({
        group: text('Ghi tên tổ dân phố, ví dụ: group: Tổ dân phố số 3'),
        place: text('Ghi nơi tổ sinh hoạt, ví dụ: place: Nhà văn hóa tổ dân phố số 3, số 12 ngõ 5 phố Hòa Bình'),
        meets: text('Ghi giờ gặp bà con, ví dụ: meets: Sáng Chủ nhật, 8:00–10:00'),
      }),
      { error: 'phải là danh sách Tổ công nghệ số cộng đồng, mỗi tổ có group, place và meets.' },
    )
    .min(1),
  youth: z.strictObject(
    {
      name: text('Ghi tên tổ chức, ví dụ: name: Đoàn Thanh niên phường An Bình'),
      place: text('Ghi nơi liên hệ, ví dụ: place: Phòng Đoàn, tầng 2, trụ sở Ủy ban nhân dân phường'),
      meets: text('Ghi khi nào thanh niên tình nguyện đi hướng dẫn bà con.'),
      phone: phone('Ghi số máy của cơ quan (không ghi số riêng của ai) trong dấu nháy, ví dụ: phone: "024 3826 1234"'),
    },
    { error: 'bị thiếu. Thêm youth: với name, place, meets và phone của Đoàn Thanh niên phường.' },
  ),
});

export type Plan = z.output<typeof planSchema>;
export type PlanTask = Plan['tasks'][number];
export type Indicator = z.output<typeof indicatorsSchema>['indicators'][number];
export type Network = z.output<typeof networkSchema>;

/** A file of the ward's plan, or undefined while the ward has not published it: its pages then say so. */
const load = <T extends z.ZodType>(name: string, schema: T): z.output<T> | undefined => {
  const file = join(contentLayout().wardDir, 'plan', name);
  return existsSync(file) ? readYamlFile(file, schema, '') : undefined;
};

export const loadPlan = (): Plan | undefined => load('nhiem-vu.yaml', planSchema);
/** The plan's tasks; none while the ward has no plan. */
export const planTasks = (): PlanTask[] => loadPlan()?.tasks ?? [];
export const loadIndicators = (): Indicator[] => load('chi-so.yaml', indicatorsSchema)?.indicators ?? [];
export const loadNetwork = (): Network | undefined => load('mang-luoi.yaml', networkSchema);
