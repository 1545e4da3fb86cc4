import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyPatch, PATCHES } from '../../src/integrations/trim-content-manager';

// The real text each patch targets, from the installed Sveltia CMS.
const moduleText = (module: string) => readFileSync(`node_modules/@sveltia/cms/${module}`, 'utf8');

describe.each(PATCHES.map((patch) => [patch.name, patch] as const))('content manager patch %s', (name, patch) => {
  it(`applies to @sveltia/cms/${patch.module} and leaves no "${patch.gone}"`, () => {
    const text = moduleText(patch.module);
    expect(text).toContain(patch.gone);
    const patched = applyPatch(patch, text);
    expect(patched).not.toContain(patch.gone);
    // Only the matched text goes: the module keeps its size within a few KB.
    expect(text.length - patched.length).toBeLessThan(3000);
    if (patch.replacement) expect(patched).toContain(patch.replacement);
  });

  it('throws, naming the patch, on text without its pattern', () => {
    expect(() => applyPatch(patch, 'export const nothing = `here`;')).toThrow(`Content manager patch "${name}" no longer matches @sveltia/cms/${patch.module}`);
  });
});

describe('content manager patches, together', () => {
  it('leave the real module with no CDN font rule, no maximum-scale=1 and no githubstatus URL', () => {
    const text = moduleText('npm/index.js');
    const patched = PATCHES.filter((patch) => patch.module === 'npm/index.js').reduce((code, patch) => applyPatch(patch, code), text);
    expect(patched).not.toMatch(/cdn\.jsdelivr\.net|maximum-scale=1|githubstatus\.com\/api/);
    // The bundled fonts' own rules stay (they live in its CSS asset, not this module), and the viewport keeps its other parts.
    expect(patched).toContain('`initial-scale=1`');
  });

  it('refuses a patch that leaves its text behind', () => {
    const patch = { ...PATCHES[1]!, pattern: '`maximum-scale=1`,', gone: 'scale' };
    expect(() => applyPatch(patch, 'x`maximum-scale=1`,`initial-scale=1`')).toThrow('left "scale"');
  });
});
