import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Frontmatter of every MDX file in a folder of the sample ward (content/wards/mau/), with its slug. */
export function frontmatterOf<T>(folder: string): (T & { slug: string })[] {
  const dir = join('content', 'wards', 'mau', folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const source = readFileSync(join(dir, name), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
      return { ...(parse(yaml) as T), slug: name.replace(/\.mdx$/, '') };
    });
}

export interface EventFile {
  title: string;
  start: string;
  end: string;
  festival?: boolean;
}

export interface NewsFile {
  title: string;
  date: Date | string;
  category: string;
  summary: string;
}

/** "2026-10-10 08:00" in Vietnam as an instant. */
export const vietnamTime = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);
