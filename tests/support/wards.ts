import { cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWards } from '../../tools/build-wards.ts';

/*
 * A city that builds its wards from one repository (issue 23): three test
 * wards (tests/fixtures/wards/) built by `npm run build:wards` from a copy of
 * the shared library without the sample ward, into dist-wards/. One ward is on
 * a host of its own; two share a city portal's origin under sibling paths, the
 * hardest case for links, search and offline reading to stay inside a base.
 * `npm test` runs this before Playwright; tests/e2e/wards.spec.ts reads and serves the result.
 */

export interface TestWard {
  ward: string;
  name: string;
  base: string;
  /** Which test server hosts it: wards on one origin share one. */
  server: 0 | 1;
}

export const TEST_WARDS: TestWard[] = [
  { ward: 'hai', name: 'Phường Hải Yến', base: '/binh-dan-hoc-vu-so/', server: 0 },
  { ward: 'ba', name: 'Phường Bảo Lâm', base: '/phuong/ba/', server: 1 },
  { ward: 'bon', name: 'Phường Bình Minh', base: '/phuong/bon/', server: 1 },
];

export const WARDS_OUT = 'dist-wards';

/** The content folder the test wards are built from: the shared library and the three wards, no sample ward. */
export const WARDS_CONTENT = join(tmpdir(), 'hvs-test-wards', 'content');

if (import.meta.main) {
  rmSync(WARDS_CONTENT, { recursive: true, force: true });
  rmSync(WARDS_OUT, { recursive: true, force: true });
  cpSync('content', WARDS_CONTENT, { recursive: true, filter: (source) => !/^content[\\/]wards([\\/]|$)/.test(source) });
  cpSync('tests/fixtures/wards', join(WARDS_CONTENT, 'wards'), { recursive: true });
  await buildWards(
    TEST_WARDS.map(({ ward }) => ward),
    { contentDir: WARDS_CONTENT, out: WARDS_OUT },
  );
}
