import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { eventSchema } from '../../src/lib/content/event-schema';
import { lessonSchema } from '../../src/lib/content/lesson-schema';
import { newsSchema } from '../../src/lib/content/news-schema';

// `npm run new` works on a scratch copy of the templates and one course.
const scratch = mkdtempSync(join(tmpdir(), 'hvs-new-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
cpSync('content/mau', join(scratch, 'mau'), { recursive: true });
cpSync('content/courses/an-toan-tren-mang', join(scratch, 'courses', 'an-toan-tren-mang'), { recursive: true });
// News and classes go to the ward's folder: a ward with no plan yet (so no task to name).
cpSync('content/wards/mau/ward.yaml', join(scratch, 'wards', 'mau', 'ward.yaml'));

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['tools/new.ts', ...args], { encoding: 'utf8', env: { ...process.env, HVS_CONTENT_DIR: scratch } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const frontmatter = (path: string) => parse(readFileSync(path, 'utf8').split('---')[1] ?? '') as Record<string, unknown>;

describe('npm run new', () => {
  it('makes a lesson in its course, next in order, that passes the schema', () => {
    const course = join(scratch, 'courses', 'an-toan-tren-mang');
    const orders = readdirSync(course).filter((name) => name.endsWith('.mdx')).map((name) => Number(frontmatter(join(course, name))['order']));
    const { status, output } = run('lesson', 'an-toan-tren-mang', 'bai-moi');
    expect(status).toBe(0);
    expect(output).toContain('Đã tạo');
    const file = join(scratch, 'courses', 'an-toan-tren-mang', 'bai-moi.mdx');
    expect(readFileSync(file, 'utf8')).toContain('# cover:\n#   src: ../../media/an-toan-tren-mang/ten-anh.svg\n#   alt:');
    expect(readFileSync(file, 'utf8')).not.toContain('# # ');
    const data = frontmatter(file);
    expect(data['course']).toBe('an-toan-tren-mang');
    expect(data['order']).toBe(Math.max(...orders) + 1);
    expect(data['cover']).toBeUndefined();
    expect(lessonSchema(z.string()).safeParse(data).success).toBe(true);
  });

  it("makes a news item and an event in the ward's folder that pass their schemas", () => {
    expect(run('news', 'tin-moi').status).toBe(0);
    const news = frontmatter(join(scratch, 'wards', 'mau', 'news', 'tin-moi.mdx'));
    expect(newsSchema.safeParse(news).success).toBe(true);
    // The ward has no plan yet, so the template's task is left out.
    expect(news['tasks']).toBeUndefined();
    expect(run('event', 'lop-moi').status).toBe(0);
    expect(eventSchema.safeParse(frontmatter(join(scratch, 'wards', 'mau', 'events', 'lop-moi.mdx'))).success).toBe(true);
  });

  it('refuses news for a ward that does not exist, saying how to start one', () => {
    const result = spawnSync(process.execPath, ['tools/new.ts', 'news', 'tin-khac'], { encoding: 'utf8', env: { ...process.env, HVS_CONTENT_DIR: scratch, HVS_WARD: 'khong-co' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Không có phường "khong-co"');
    expect(result.stderr).toContain('npm run ward:new');
  });

  it('refuses a name with diacritics, suggesting one without', () => {
    const { status, output } = run('news', 'tin-mới');
    expect(status).toBe(1);
    expect(output).toContain('không dấu');
    expect(output).toContain('tin-moi');
  });

  it('refuses a file that exists, and a course that does not', () => {
    expect(run('lesson', 'an-toan-tren-mang', 'cuoc-goi-gia-danh-cong-an').output).toContain('đã có');
    const unknown = run('lesson', 'khoa-khong-co', 'bai-moi');
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain('Không có khóa học "khoa-khong-co". Chọn một trong: an-toan-tren-mang.');
  });
});
