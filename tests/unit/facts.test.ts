import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BODY_COMPONENTS } from '../../src/lib/content/body';
import { factsSchema, isStale, loadFacts, splitFactTokens } from '../../src/lib/content/facts';
import { WARD_SHOW_VALUES } from '../../src/lib/content/ward';
import { checkContent, type Problem } from '../../src/lib/content/validate';
import { editor, prepareBase, type Editor } from '../support/bad-input';

/* content/site/facts.yaml: its schema, the check of ids lessons use, and the staleness warning. */
const scratch = mkdtempSync(join(tmpdir(), 'hvs-facts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FACTS = 'site/facts.yaml';
const LESSON = 'courses/khoa-mau/bai-mau.mdx';
const TODAY = new Date('2026-12-07T00:00:00Z');

let counter = 0;
async function problemsAfter(change: (e: Editor) => void, today = TODAY): Promise<Problem[]> {
  const dir = join(scratch, String((counter += 1)));
  prepareBase(dir);
  change(editor(dir));
  return (await checkContent(dir, { today })).problems;
}

const messages = (problems: Problem[], level: Problem['level']) => problems.filter((problem) => problem.level === level).map((problem) => `${problem.file}: ${problem.message}`);

describe('the facts file', () => {
  it('reads the portal’s facts, each with a source and a real checked day', () => {
    const { facts, ifScammed } = loadFacts('content/site/facts.yaml');
    expect(facts.find((fact) => fact.id === 'cong-an-113')).toMatchObject({ value: '113', kind: 'điện thoại' });
    expect(facts.find((fact) => fact.id === 'cong-dich-vu-cong')).toMatchObject({ value: 'dichvucong.gov.vn', kind: 'trang web' });
    for (const fact of facts) {
      expect(fact.source.url, fact.id).toMatch(/^https:\/\//);
      expect(Number.isNaN(fact.checked.getTime()), fact.id).toBe(false);
    }
    // The block covers the app they sent, the bank, passwords, the police and the second scam.
    const block = [...ifScammed.steps, ifScammed.warning].join(' ');
    for (const words of ['chế độ máy bay', 'mặt sau thẻ', 'Không mở ứng dụng ngân hàng', 'khôi phục cài đặt gốc', 'Đổi mật khẩu', 'Công an', 'phí trước']) {
      expect(block).toContain(words);
    }
  });

  it.each([
    ['a missing source', (data: { facts: Record<string, unknown>[] }) => delete data.facts[0]?.['source'], 'facts.0.source', 'bị thiếu'],
    ['a day that does not exist', (data: { facts: Record<string, unknown>[] }) => ((data.facts[0] ?? {})['checked'] = '2026-02-30'), 'facts.0.checked', 'không phải một ngày có thật'],
    ['an unknown kind', (data: { facts: Record<string, unknown>[] }) => ((data.facts[0] ?? {})['kind'] = 'số'), 'facts.0.kind', '"điện thoại"'],
    ['an id with capitals', (data: { facts: Record<string, unknown>[] }) => ((data.facts[0] ?? {})['id'] = 'Tong-Dai'), 'facts.0.id', 'chữ thường'],
    ['two facts with one id', (data: { facts: Record<string, unknown>[] }) => ((data.facts[1] ?? {})['id'] = data.facts[0]?.['id']), 'facts.1.id', 'bị trùng'],
  ])('refuses %s, naming the field and the fix in Vietnamese', (_name, change, path, fragment) => {
    const data = parse(readFileSync('content/site/facts.yaml', 'utf8')) as { facts: Record<string, unknown>[] };
    change(data);
    const result = factsSchema.safeParse(data);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === path);
    expect(issue?.message).toContain(fragment);
  });

  it('cuts a step at its [fact:id] tokens', () => {
    expect(splitFactTokens('Khi khẩn cấp, gọi [fact:cong-an-113].')).toEqual([{ text: 'Khi khẩn cấp, gọi ' }, { id: 'cong-an-113' }, { text: '.' }]);
    expect(splitFactTokens('Không có mã nào.')).toEqual([{ text: 'Không có mã nào.' }]);
  });
});

describe('the content check and facts', () => {
  it('names the file, the unknown id and the ids that exist', async () => {
    const errors = messages(await problemsAfter((e) => e.edit(LESSON, (text) => `${text}\nGọi <Fact id="tong-dai-999" /> để báo.\n`)), 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('bai-mau.mdx');
    expect(errors[0]).toContain('"tong-dai-999"');
    expect(errors[0]).toContain('tong-dai-156, tong-dai-5656');
  });

  it('accepts every known id and ward value', async () => {
    const problems = await problemsAfter((e) => e.edit(LESSON, (text) => `${text}\nGọi <Fact id="tong-dai-156" />. Đến <Ward show="helpDesk" />.\n\n<IfScammed />\n`));
    expect(messages(problems, 'error')).toEqual([]);
  });

  it('refuses a source marked official on a site outside the official list', async () => {
    const errors = messages(await problemsAfter((e) => e.edit(FACTS, (text) => text.replace(/(vietnamplus\.vn[^\n]*\n {6}official:) false/, '$1 true'))), 'error');
    expect(errors.join('\n')).toContain('"tong-dai-156", source: "vietnamplus.vn" không có trong danh sách trang chính thức');
  });
});

describe('staleness: a fact or a lesson not checked for more than six months', () => {
  it.each([
    ['2026-06-08', false],
    ['2026-06-07', false],
    ['2026-06-06', true],
    ['2025-12-07', true],
  ])('checked %s is stale on 2026-12-07: %s', (day, stale) => {
    expect(isStale(new Date(`${day}T00:00:00Z`), TODAY)).toBe(stale);
  });

  it('warns about an old fact, naming it, without an error', async () => {
    const problems = await problemsAfter((e) => e.edit(FACTS, (text) => text.replace(/^( {4}checked:) .*/m, '$1 2026-05-01')));
    expect(messages(problems, 'error')).toEqual([]);
    const warnings = messages(problems, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('facts.yaml');
    expect(warnings[0]).toContain('"cong-an-113"');
    expect(warnings[0]).toContain('hơn 6 tháng');
  });

  it('warns about an old lesson, and not about the same lesson a month later', async () => {
    const old = (e: Editor) => e.edit(LESSON, (text) => text.replace(/^lastChecked: .*/m, 'lastChecked: 2026-05-31'));
    expect(messages(await problemsAfter(old), 'warning').join('\n')).toMatch(/bai-mau\.mdx: lastChecked: đã hơn 6 tháng/);
    expect(messages(await problemsAfter(old, new Date('2026-11-25T00:00:00Z')), 'warning')).toEqual([]);
  });
});

describe("the editors' guide holds what lessons rely on", () => {
  const guide = readFileSync('content/huong-dan-bien-tap.md', 'utf8');

  it('documents every component a body may use and every ward value', () => {
    for (const name of Object.keys(BODY_COMPONENTS)) expect(guide, name).toContain(`\`${name}\``);
    for (const value of WARD_SHOW_VALUES) expect(guide, value).toContain(`\`${value}\``);
  });

  it('says how to change a hotline in one line', () => {
    expect(guide).toContain('### Đổi một số tổng đài (sửa một dòng)');
    expect(guide).toContain('value:');
  });

  it('sends no editor to a document outside the repository', () => {
    const files = ['content/huong-dan-bien-tap.md', 'content/drills/lua-dao.yaml', 'content/site/facts.yaml', 'content/mau/bai-hoc.mdx'];
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/CONTENT\.md|STYLE\.md|shared\/brief/);
  });
});
