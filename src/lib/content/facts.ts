import { join } from 'node:path';
import { z } from 'astro/zod';
import { httpsUrl, isoDate, lines, oneOf, text } from './fields.ts';
import { contentDir } from './ward.ts';
import { readYamlFile } from './yaml-file.ts';

/*
 * National facts that lessons repeat or that change (hotlines, reporting
 * channels, portal addresses, thresholds with their legal basis), written once
 * in content/site/facts.yaml with their source and the day an editor last
 * checked them. Lessons show them with <Fact id="…" />; the "if you have been
 * scammed, right now" steps live here too, so every lesson shows the same ones.
 */

/** How a fact is shown: a number to call, an address to read, or words. */
export const FACT_KINDS = ['điện thoại', 'trang web', 'chữ'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Ids are written into lessons: lower-case letters without marks, digits and hyphens. */
const FACT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const source = z.strictObject(
  {
    /** The page's title and the agency or paper that published it. */
    title: text('Ghi tên trang nguồn và cơ quan, ví dụ: title: Cổng Dịch vụ công quốc gia'),
    url: httpsUrl('Ghi địa chỉ đầy đủ của trang nguồn, ví dụ: url: https://dichvucong.gov.vn'),
    /** false for press quoting an agency, outside the official domain list. */
    official: z.boolean({ error: 'ghi official: false nếu nguồn là báo chí, official: true nếu là trang của cơ quan nhà nước.' }),
  },
  { error: 'bị thiếu. Thêm source: với title, url và official (nguồn đã đọc để xác nhận thông tin này).' },
);

const checked = isoDate('Ghi ngày mở lại nguồn và xác nhận lần cuối, dạng năm-tháng-ngày, ví dụ: checked: 2026-12-07');

/** One fact: what lessons show, and where it was confirmed. */
const fact = z.strictObject({
  /** What lessons write in <Fact id="…" />. */
  id: text('Ghi mã của thông tin, chữ thường không dấu nối bằng dấu gạch ngang, ví dụ: id: tong-dai-156').regex(FACT_ID, {
    error: 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: id: tong-dai-156',
  }),
  /** A few words saying what it is, for editors and the manager's list. */
  label: text('Ghi vài chữ nói đây là gì, ví dụ: label: Tổng đài phản ánh cuộc gọi lừa đảo'),
  /** Exactly what the page shows: change this one line when the number changes. */
  value: text('Ghi đúng điều trang hiện ra, ví dụ: value: "156"'),
  kind: z.enum(FACT_KINDS, { error: `phải là một trong ${oneOf(FACT_KINDS)}.` }),
  /** Who runs it now, and anything an editor must know before using it. */
  note: text('Ghi ghi chú cho biên tập viên, ví dụ: cơ quan nào đang phụ trách.').optional(),
  source,
  checked,
});

export const factsSchema = z.strictObject({
  facts: z
    .array(fact, { error: 'phải là danh sách thông tin, mỗi mục có id, label, value, kind, source và checked.' })
    .min(1, { error: 'cần ít nhất một thông tin.' })
    .superRefine((list, context) => {
      const seen = new Set<string>();
      list.forEach((entry, index) => {
        if (seen.has(entry.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `"${entry.id}" bị trùng. Mỗi thông tin một id riêng.` });
        seen.add(entry.id);
      });
    }),
  /** The one "right now, if you have been scammed" block (<IfScammed />). */
  ifScammed: z.strictObject(
    {
      title: text('Ghi tiêu đề khối, ví dụ: title: Nếu đã lỡ chuyển tiền, đọc mã OTP hay cài ứng dụng lạ'),
      /** Steps in order, one action each; [fact:id] shows a fact. */
      steps: lines('Mỗi dòng một việc làm ngay, theo thứ tự. Viết [fact:cong-an-113] để hiện một thông tin trong danh sách trên.'),
      /** The warning about people who promise to get the money back. */
      warning: text('Ghi lời cảnh báo lừa đảo lần hai, ví dụ: warning: Ai hứa lấy lại tiền nhưng đòi phí trước là kẻ lừa đảo.'),
      sources: z.array(source, { error: 'phải là danh sách nguồn, mỗi nguồn có title, url và official.' }).min(1, { error: 'cần ít nhất một nguồn.' }),
      checked,
    },
    { error: 'bị thiếu. Thêm ifScammed: với title, steps, warning, sources và checked.' },
  ),
});

export type Facts = z.output<typeof factsSchema>;
export type Fact = Facts['facts'][number];

export const factsFile = () => join(contentDir(), 'site', 'facts.yaml');

/** Reads and validates the facts file, failing with a message an editor can act on. */
export const loadFacts = (file: string = factsFile()): Facts =>
  readYamlFile(file, factsSchema, 'Sao chép tệp mẫu content/site/facts.yaml của dự án vào đúng chỗ.');

/** Ids of facts written in a text as [fact:id]. */
export const FACT_TOKEN = /\[fact:([a-z0-9-]+)\]/g;

/** A text cut at its [fact:id] tokens: plain parts and ids, in order. */
export function splitFactTokens(value: string): ({ text: string } | { id: string })[] {
  const parts: ({ text: string } | { id: string })[] = [];
  let last = 0;
  for (const match of value.matchAll(FACT_TOKEN)) {
    if (match.index > last) parts.push({ text: value.slice(last, match.index) });
    parts.push({ id: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < value.length) parts.push({ text: value.slice(last) });
  return parts;
}

/** The message when a lesson names a fact that does not exist. */
export const unknownFactMessage = (id: string, ids: readonly string[]) =>
  `không có thông tin "${id}" trong content/site/facts.yaml. Ghi một trong: ${ids.join(', ')}; hoặc thêm thông tin đó vào content/site/facts.yaml (kèm nguồn và ngày kiểm tra).`;

/** Months after which a checked fact or lesson is flagged for a new check. */
export const STALE_MONTHS = 6;

/** Whether a day checked is more than STALE_MONTHS before today. */
export function isStale(checkedOn: Date, today: Date): boolean {
  const limit = new Date(today);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_MONTHS);
  return checkedOn < limit;
}
