import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/content/validate';
import { wardSchema } from '../../src/lib/content/ward';

/* npm run ward:new: a ward's folder from flags (the questions ask the same, one by one). */
const scratch = mkdtempSync(join(tmpdir(), 'hvs-ward-new-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FLAGS = {
  name: 'Phường Tân Lập',
  city: 'Tỉnh Thái Nguyên',
  portal: 'https://tanlap.example.gov.vn',
  address: 'Số 2 đường Tân Lập, phường Tân Lập',
  phone: '0208 3855 123',
  email: 'ubnd@tanlap.example.gov.vn',
  'help-desk-place': 'tầng 1, trụ sở Ủy ban nhân dân phường',
  hours: 'Thứ Hai đến Thứ Sáu: 7:30–11:30 và 13:30–17:00; Sáng Thứ Bảy: 7:30–11:30',
  'police-address': 'Số 4 đường Tân Lập, phường Tân Lập',
  fanpage: 'https://www.facebook.com/binhdanhocvuso.tanlap',
  tiktok: 'https://www.tiktok.com/@binhdanhocvuso.tanlap',
};

function wardNew(contentDir: string, flags: Record<string, string>) {
  const args = Object.entries(flags).flatMap(([flag, value]) => [`--${flag}`, value]);
  const result = spawnSync(process.execPath, ['tools/ward-new.ts', ...args], { encoding: 'utf8', env: { ...process.env, HVS_CONTENT_DIR: contentDir }, input: '' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The shared library without any ward, as a project a new ward takes. */
function sharedOnly(name: string): string {
  const dir = join(scratch, name);
  cpSync('content', dir, { recursive: true, filter: (source) => !/^content[\\/]wards[\\/]/.test(source) });
  return dir;
}

describe('npm run ward:new', () => {
  it('writes a valid ward.yaml and the empty folders, and the new ward passes the content check as it is', async () => {
    const dir = sharedOnly('new');
    const { status, output } = wardNew(dir, FLAGS);
    expect(status).toBe(0);
    const folder = join(dir, 'wards', 'tan-lap');
    const ward = wardSchema.parse(parse(readFileSync(join(folder, 'ward.yaml'), 'utf8')));
    expect(ward).toMatchObject({
      sample: false,
      name: 'Phường Tân Lập',
      portalUrl: 'https://tanlap.example.gov.vn',
      siteUrl: 'https://tanlap.example.gov.vn/binh-dan-hoc-vu-so/',
      office: { name: 'Ủy ban nhân dân phường Tân Lập', phone: '0208 3855 123' },
      helpDesk: { name: 'Trung tâm Phục vụ hành chính công phường Tân Lập', hours: ['Thứ Hai đến Thứ Sáu: 7:30–11:30 và 13:30–17:00', 'Sáng Thứ Bảy: 7:30–11:30'] },
      police: { name: 'Công an phường Tân Lập' },
    });
    // The phone stays a quoted string an editor can read.
    expect(readFileSync(join(folder, 'ward.yaml'), 'utf8')).toContain('phone: "0208 3855 123"');
    for (const sub of ['news', 'events', 'plan', 'media', 'pages']) expect(existsSync(join(folder, sub, 'README.md')), sub).toBe(true);
    // The two commands: preview and build, for this ward and its address.
    expect(output).toContain('HVS_WARD=tan-lap npm start');
    expect(output).toContain('HVS_WARD=tan-lap HVS_SITE=https://tanlap.example.gov.vn HVS_BASE=/binh-dan-hoc-vu-so/ npm run build');
    const report = await checkContent(dir, { ward: 'tan-lap' });
    expect(report.problems.filter((problem) => problem.level === 'error')).toEqual([]);
  });

  it('refuses a ward that exists, a wrong value (naming its flag) and missing values, in Vietnamese', () => {
    const dir = sharedOnly('refused');
    expect(wardNew(dir, FLAGS).status).toBe(0);
    const again = wardNew(dir, FLAGS);
    expect(again.status).toBe(1);
    expect(again.output).toContain('đã có');
    const wrong = wardNew(dir, { ...FLAGS, slug: 'tan-lap-2', phone: 'không có', portal: 'http://tanlap.example.gov.vn' });
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain('--phone');
    expect(wrong.output).toContain('--portal');
    expect(existsSync(join(dir, 'wards', 'tan-lap-2'))).toBe(false);
    const { fanpage: _fanpage, city: _city, ...fewer } = FLAGS;
    const missing = wardNew(dir, { ...fewer, slug: 'tan-lap-3' });
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('--fanpage');
    expect(missing.output).toContain('--city');
  });
});
