import { z } from 'astro/zod';
import { AUDIENCES } from '../audiences.ts';
import { isIsoDay } from '../date.ts';

/*
 * Field builders shared by every content schema. Each takes the hint an editor
 * needs to fix the field ("Ghi ..., ví dụ ..."), so a validation error always
 * says what is wrong and how to put it right, in plain Vietnamese.
 */

type Issue = { input?: unknown };

const missingOr = (wrong: string, hint: string) => (issue: Issue) =>
  issue.input === undefined ? `bị thiếu. ${hint}` : `${wrong}. ${hint}`;

/** Non-empty text, trimmed. */
export const text = (hint: string) =>
  z
    .string({ error: missingOr('phải là chữ', hint) })
    .trim()
    .min(1, { error: `đang để trống. ${hint}` });

/** An absolute https:// address. */
export const httpsUrl = (hint: string) =>
  text(hint).refine((value) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(value), {
    error: `phải là một địa chỉ đầy đủ bắt đầu bằng "https://". ${hint}`,
  });

/** A Vietnamese phone number: digits, spaces, dots and an optional leading +. */
export const phone = (hint: string) =>
  text(hint).refine((value) => /^\+?[0-9][0-9 .]{6,18}[0-9]$/.test(value), {
    error: `chỉ gồm chữ số, dấu cách hoặc dấu chấm. ${hint}`,
  });

/** An e-mail address. */
export const email = (hint: string) =>
  text(hint).refine((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
    error: `không phải địa chỉ thư điện tử hợp lệ. ${hint}`,
  });

/** A yes/no value. */
export const flag = (hint: string) => z.boolean({ error: missingOr('phải là true hoặc false', hint) });

/** A list of non-empty text lines, at least one. */
export const lines = (hint: string) =>
  z
    .array(text(hint), { error: missingOr('phải là một danh sách, mỗi dòng bắt đầu bằng "- "', hint) })
    .min(1, { error: `cần ít nhất một dòng. ${hint}` });

/** Lists allowed values for a message: "a", "b". */
export const oneOf = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** The real calendar day a "YYYY-MM-DD" names, or null ("2026-02-30" names none). */
export const calendarDay = (value: string): Date | null => (isIsoDay(value.trim()) ? new Date(`${value.trim()}T00:00:00Z`) : null);

/**
 * A calendar day written "YYYY-MM-DD". Text that names no real day (2026-02-30,
 * 2026-13-45) is refused rather than rolled over into another month. (Astro's
 * own frontmatter reader has already turned such text into a rolled-over Date;
 * the content check reads the text itself, before the build, and refuses it.)
 */
export const isoDate = (hint: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? (calendarDay(value) ?? new Date(Number.NaN)) : value),
    z.date({ error: (issue) => (issue.input === undefined ? `bị thiếu. ${hint}` : `không phải một ngày có thật. ${hint}`) }),
  );

/** Positive whole number, for orders and minutes. */
export const wholeNumber = (hint: string) =>
  z
    .number({ error: missingOr('phải là một số nguyên từ 1 trở lên', hint) })
    .int({ error: `phải là số nguyên. ${hint}` })
    .min(1, { error: `phải từ 1 trở lên. ${hint}` });

export const audienceList = z
  .array(z.enum(AUDIENCES, { error: `mỗi nhóm phải là một trong ${oneOf(AUDIENCES)}.` }), {
    error: 'phải là danh sách nhóm người học, mỗi dòng bắt đầu bằng "- ", ví dụ: - người cao tuổi',
  })
  .min(1, { error: 'cần ít nhất một nhóm người học, ví dụ: - mọi người' });

