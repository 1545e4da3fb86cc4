import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'astro/zod';
import { parse, YAMLParseError } from 'yaml';
import { ContentError, parseContent } from './errors.ts';

/**
 * Reads and validates one YAML data file, failing with a message an editor can
 * act on: a missing file says where the sample is, bad YAML names the line.
 */
export function readYamlFile<T extends z.ZodType>(file: string, schema: T, whenMissing: string): z.output<T> {
  const shown = relative(process.cwd(), file) || file;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError(`Không tìm thấy tệp ${shown}. ${whenMissing}`);
  }
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (dòng ${error.linePos[0].line})` : '';
    throw new ContentError(
      `Tệp ${shown} viết sai cú pháp YAML${where}. Kiểm tra dấu hai chấm sau tên trường, thụt lề bằng dấu cách và dấu nháy quanh giá trị có dấu hai chấm.`,
    );
  }
  return parseContent(schema, data, shown);
}
