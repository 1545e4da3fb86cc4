import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi } from '../../src/strings/vi';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? [path, ...walk(path)] : [path];
  });
}

const contentPaths = walk('content');

describe('editorial files', () => {
  it('are UTF-8 in Unicode NFC', () => {
    const notNfc = contentPaths
      .filter((path) => /\.(mdx?|ya?ml|json)$/.test(path))
      .filter((path) => {
        const text = readFileSync(path, 'utf8');
        return text !== text.normalize('NFC');
      });
    expect(notNfc).toEqual([]);
  });

  it('have slug-safe names: lowercase letters without diacritics, digits and hyphens', () => {
    const bad = contentPaths
      .map((path) => path.split('/').pop() ?? '')
      .filter((name) => !/^[a-z0-9-]+(\.[a-z0-9]+)?$/.test(name));
    expect(bad).toEqual([]);
  });
});

describe('UI strings', () => {
  it('are in Unicode NFC', () => {
    const notNfc = Object.entries(vi).filter(([, text]) => text !== text.normalize('NFC'));
    expect(notNfc).toEqual([]);
  });
});
