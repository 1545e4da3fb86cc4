import type { z } from 'astro/zod';

/** A content file an editor must fix; the message names the file, each field and the fix. */
export class ContentError extends Error {
  override name = 'ContentError';
}

const fieldName = (path: readonly PropertyKey[]) =>
  path.length === 0 ? '(cả tệp)' : path.map((part) => String(part)).join('.');

/** Turns zod issues into one message an editor can act on. */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const prefix = issue.path.length ? `${fieldName(issue.path)}.` : '';
      const keys = issue.keys.map((key) => `"${prefix}${key}"`).join(', ');
      return `- Trường ${keys}: không có trong mẫu. Kiểm tra lại chính tả tên trường hoặc xóa trường đó.`;
    }
    return `- Trường "${fieldName(issue.path)}": ${issue.message}`;
  });
  return [`Tệp ${file} có lỗi, cần sửa trước khi dựng trang:`, ...lines].join('\n');
}

/** Validates data against a schema or throws a ContentError that names the file. */
export function parseContent<T extends z.ZodType>(schema: T, data: unknown, file: string): z.output<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(formatIssues(file, result.error.issues));
  return result.data;
}
