import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import trimContentManager, { applyPatch, PATCHES } from '../../src/integrations/trim-content-manager';

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

describe('the Vite plugin', () => {
  const INDEX = '/project/node_modules/@sveltia/cms/npm/index.js';
  const CHUNK = '/project/node_modules/@sveltia/cms/npm/chunks/other.js';
  // Vite calls the hooks as plain functions here; none of them reads the plugin context.
  const hooks = () => {
    const plugin = trimContentManager() as unknown as Record<string, (...args: unknown[]) => unknown>;
    const call = (name: string, ...args: unknown[]) => plugin[name]?.call({}, ...args);
    call('buildStart');
    return call;
  };

  it("patches the manager's module as it bundles it, and leaves other modules alone", () => {
    const call = hooks();
    const result = call('transform', readFileSync('node_modules/@sveltia/cms/npm/index.js', 'utf8'), `${INDEX}?v=1`) as { code: string };
    expect(result.code).not.toMatch(/cdn\.jsdelivr\.net|maximum-scale=1|githubstatus\.com\/api/);
    expect(call('transform', 'maximum-scale=1', '/project/src/lib/x.ts')).toBeNull();
    expect(() => call('buildEnd')).not.toThrow();
  });

  it('stops the build, naming the patch, when the module no longer holds its pattern', () => {
    expect(() => hooks()('transform', 'export default 1;', INDEX)).toThrow('Content manager patch "cdn-fonts" no longer matches');
  });

  it('stops the build when the manager is bundled but its patched module never was (a renamed file)', () => {
    const call = hooks();
    expect(call('transform', 'export default 1;', CHUNK)).toBeNull();
    expect(() => call('buildEnd')).toThrow('"cdn-fonts" (@sveltia/cms/npm/index.js), "pinch-zoom"');
  });

  it('says nothing in a build without the manager', () => {
    expect(() => hooks()('buildEnd')).not.toThrow();
  });

  it("stands an empty module in for Shiki's grammars imported by the manager, and only those", () => {
    const call = hooks();
    const id = call('resolveId', '@shikijs/langs/python', '/project/node_modules/@sveltia/cms/npm/index.js');
    expect(id).toBe('\0hvs-empty-grammar');
    expect(call('load', id)).toBe('export default [];');
    expect(call('resolveId', '@shikijs/langs/python', '/project/src/x.ts')).toBeNull();
  });
});
