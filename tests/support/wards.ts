import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWards } from '../../tools/build-wards.ts';

/*
 * A city that builds its wards from one repository (issue 23): three test
 * wards started with `npm run ward:new` (one also given a news item, a picture
 * and prose of its own, tests/fixtures/wards/) and built by `npm run build:wards`
 * from a copy of the shared library without the sample ward, into dist-wards/. One ward is on
 * a host of its own; two share a city portal's origin under sibling paths, the
 * hardest case for links, search and offline reading to stay inside a base.
 * `npm test` runs this before Playwright; tests/e2e/wards.spec.ts reads and serves the result.
 */

export interface TestWard {
  ward: string;
  name: string;
  base: string;
  /** The answers given to `npm run ward:new`. */
  answers: Record<string, string>;
  /** Which test server hosts it: wards on one origin share one. */
  server: 0 | 1;
}

const answers = (name: string, host: string, site: string, phone: string) => ({
  name: `Phường ${name}`,
  city: 'Thành phố Thử',
  portal: `https://${host}`,
  site,
  address: `Số 9 đường ${name}, phường ${name}`,
  phone,
  email: `ubnd@${host}`,
  'help-desk-place': `tầng 1, trụ sở Ủy ban nhân dân phường ${name}`,
  hours: 'Thứ Hai đến Thứ Sáu: 8:00–17:00',
  'police-address': `Số 11 đường ${name}, phường ${name}`,
  fanpage: `https://www.facebook.com/${host.split('.')[0]}.example`,
  tiktok: `https://www.tiktok.com/@${host.split('.')[0]}.example`,
});

export const TEST_WARDS: TestWard[] = [
  {
    ward: 'hai',
    name: 'Phường Hải Yến',
    base: '/binh-dan-hoc-vu-so/',
    server: 0,
    answers: answers('Hải Yến', 'haiyen.example.gov.vn', 'https://haiyen.example.gov.vn/binh-dan-hoc-vu-so/', '0225 3111 222'),
  },
  { ward: 'ba', name: 'Phường Bảo Lâm', base: '/phuong/ba/', server: 1, answers: answers('Bảo Lâm', 'baolam.example.gov.vn', 'https://thanhpho.example.gov.vn/phuong/ba/', '0225 3333 444') },
  { ward: 'bon', name: 'Phường Bình Minh', base: '/phuong/bon/', server: 1, answers: answers('Bình Minh', 'binhminh.example.gov.vn', 'https://thanhpho.example.gov.vn/phuong/bon/', '0225 3555 666') },
];

export const WARDS_OUT = 'dist-wards';

/** The content folder the test wards are built from: the shared library and the three wards, no sample ward. */
export const WARDS_CONTENT = join(tmpdir(), 'hvs-test-wards', 'content');

if (import.meta.main) {
  rmSync(WARDS_CONTENT, { recursive: true, force: true });
  rmSync(WARDS_OUT, { recursive: true, force: true });
  cpSync('content', WARDS_CONTENT, { recursive: true, filter: (source) => !/^content[\\/]wards([\\/]|$)/.test(source) });
  for (const { ward, answers } of TEST_WARDS) {
    const flags = Object.entries({ slug: ward, ...answers }).flatMap(([flag, value]) => [`--${flag}`, value]);
    const started = spawnSync(process.execPath, ['tools/ward-new.ts', ...flags], { encoding: 'utf8', env: { ...process.env, HVS_CONTENT_DIR: WARDS_CONTENT }, input: '' });
    if (started.status !== 0) throw new Error(`npm run ward:new (${ward}) failed:\n${started.stdout}${started.stderr}`);
  }
  // What one ward wrote after starting: a news item with its own picture, its own movement-page prose.
  cpSync('tests/fixtures/wards', join(WARDS_CONTENT, 'wards'), { recursive: true });
  await buildWards(
    TEST_WARDS.map(({ ward }) => ward),
    { contentDir: WARDS_CONTENT, out: WARDS_OUT },
  );
}
