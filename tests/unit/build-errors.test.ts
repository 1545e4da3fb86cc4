import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// A broken ward file must stop the real build with the editor's message.
describe('astro build with a broken ward file', () => {
  it('fails and names the file, the field and the fix', () => {
    const result = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        HVS_CONTENT_DIR: 'tests/fixtures/broken-ward/missing-phone',
        HVS_OUT_DIR: 'dist-broken',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('tests/fixtures/broken-ward/missing-phone/site/ward.yaml');
    expect(output).toContain('"office.phone"');
    expect(output).toContain('Ghi số điện thoại');
  });
});
