import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWard } from '../../src/lib/content/ward';

const fixture = (name: string) => `tests/fixtures/broken-ward/${name}/wards/mau/ward.yaml`;

describe('loadWard', () => {
  it('reads the ward file shipped with the portal', () => {
    const ward = loadWard('content/wards/mau/ward.yaml');
    expect(ward.name).toBe('Phường An Bình');
    expect(ward.sample).toBe(true);
    expect(ward.helpDesk.hours.length).toBeGreaterThan(0);
    expect(ward.social.fanpage).toMatch(/^https:\/\//);
  });

  it('reads the file once per build, and again after an edit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hvs-ward-'));
    const file = join(dir, 'ward.yaml');
    try {
      copyFileSync('content/wards/mau/ward.yaml', file);
      const first = loadWard(file);
      expect(loadWard(file)).toBe(first);
      writeFileSync(file, readFileSync(file, 'utf8').replace('name: Phường An Bình', 'name: Phường Hòa Bình'));
      // Some file systems keep whole seconds: the edit is dated later for certain.
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      expect(loadWard(file).name).toBe('Phường Hòa Bình');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['missing-phone', ['"office.phone"', 'bị thiếu', 'phone: "024 3826 1234"']],
    ['wrong-url', ['"portalUrl"', 'https://', 'portalUrl: https://anbinh.hanoi.gov.vn']],
    ['unknown-field', ['"ciyt"', 'không có trong mẫu', '"city"', 'bị thiếu']],
    ['missing-section', ['"social"', 'bị thiếu', 'fanpage và tiktok']],
    ['bad-yaml', ['sai cú pháp YAML', 'dòng']],
  ])('rejects %s, naming the file, the field and the fix', (name, fragments) => {
    let message = '';
    try {
      loadWard(fixture(name));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(fixture(name));
    for (const fragment of fragments) expect(message).toContain(fragment);
  });

  it('says where the file should be when it is missing', () => {
    expect(() => loadWard('tests/fixtures/no-such-folder/wards/mau/ward.yaml')).toThrow(/Không tìm thấy tệp .*ward\.yaml/);
  });
});
