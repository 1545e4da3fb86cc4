import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { Vocabulary } from '../search/plan.ts';
import { ContentError, parseContent } from './errors.ts';
import { text } from './fields.ts';
import { contentDir } from './ward.ts';

export const stopSchema = z.strictObject({
  /** Phrases the search box ignores. */
  phrases: z.array(text('Ghi một chữ hoặc cụm chữ cần bỏ qua, ví dụ: - làm sao để'), { error: 'phải là danh sách, mỗi dòng bắt đầu bằng "- ".' }),
});

export const synonymSchema = z.strictObject({
  /** Groups of words that mean the same; at least two words each. */
  groups: z.array(
    z.array(text('Ghi một từ trong nhóm.'), { error: 'mỗi nhóm viết dạng - [từ một, từ hai]' }).min(2, { error: 'mỗi nhóm cần ít nhất hai từ cùng nghĩa, ví dụ: - [ứng dụng, app]' }),
    { error: 'phải là danh sách nhóm, mỗi dòng dạng - [từ một, từ hai]' },
  ),
});

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(`Không đọc được tệp ${relative(process.cwd(), file)}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The search vocabulary editors keep in content/search/. */
export function loadVocabulary(dir: string = join(contentDir(), 'search')): Vocabulary {
  const stopFile = join(dir, 'tu-bo-qua.yaml');
  const synonymFile = join(dir, 'tu-dong-nghia.yaml');
  return {
    stopPhrases: parseContent(stopSchema, readYaml(stopFile), relative(process.cwd(), stopFile)).phrases,
    synonyms: parseContent(synonymSchema, readYaml(synonymFile), relative(process.cwd(), synonymFile)).groups,
  };
}
