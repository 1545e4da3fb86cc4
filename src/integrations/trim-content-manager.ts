import type { Plugin } from 'vite';

/*
 * Trims to the content manager's npm build (Sveltia CMS). Each patch names the
 * module it edits, what it looks for and what must be gone afterwards; when a
 * Sveltia upgrade moves the text, the build stops naming the patch instead of
 * shipping the untrimmed manager.
 */

export interface Patch {
  name: string;
  /** Why the patch exists. */
  why: string;
  /** The module it edits, as the end of its path under node_modules/@sveltia/cms/. */
  module: string;
  pattern: string | RegExp;
  replacement: string;
  /** Text that must not be left in the module once patched. */
  gone: string;
}

export const PATCHES: readonly Patch[] = [
  {
    name: 'cdn-fonts',
    why: 'its stylesheet names a CDN copy of its fonts as well as the copies it bundles: the CDN rules go, so the page never asks another origin',
    module: 'npm/index.js',
    pattern: /@font-face \{[^}]*cdn\.jsdelivr\.net[^}]*\}/g,
    replacement: '',
    gone: 'cdn.jsdelivr.net',
  },
  {
    name: 'pinch-zoom',
    why: 'its viewport stops pinch-zoom (maximum-scale=1): editors may zoom',
    module: 'npm/index.js',
    pattern: '`maximum-scale=1`,',
    replacement: '',
    gone: 'maximum-scale=1',
  },
  {
    name: 'githubstatus',
    why: 'it asks githubstatus.com whether GitHub is up: a data: URL answers "unknown", so the local mode talks to no one',
    module: 'npm/index.js',
    pattern: '`https://www.githubstatus.com/api/v2/status.json`',
    replacement: '`data:application/json,{}`',
    gone: 'githubstatus.com/api',
  },
];

/** Applies one patch to its module's text; throws, naming the patch, when its pattern no longer matches. */
export function applyPatch(patch: Patch, code: string): string {
  const matches = typeof patch.pattern === 'string' ? code.includes(patch.pattern) : new RegExp(patch.pattern.source, patch.pattern.flags.replace('g', '')).test(code);
  if (!matches) {
    throw new Error(
      `Content manager patch "${patch.name}" no longer matches @sveltia/cms/${patch.module} (pattern ${String(patch.pattern)}). ` +
        `Sveltia CMS changed; find the new text and update the patch in src/integrations/trim-content-manager.ts (${patch.why}).`,
    );
  }
  const patched = typeof patch.pattern === 'string' ? code.replaceAll(patch.pattern, patch.replacement) : code.replace(patch.pattern, patch.replacement);
  if (patched.includes(patch.gone)) {
    throw new Error(`Content manager patch "${patch.name}" left "${patch.gone}" in @sveltia/cms/${patch.module}; update the patch in src/integrations/trim-content-manager.ts.`);
  }
  return patched;
}

const modulePath = (id: string) => id.replaceAll('\\', '/').split('?')[0] ?? '';
const SVELTIA = '/@sveltia/cms/';
const EMPTY = '\0hvs-empty-grammar';

/**
 * The Vite plugin. Besides the patches, it bundles none of Shiki's 300
 * language grammars and themes, for a code editor this site's forms never
 * show: an empty module stands in for each.
 */
export default function trimContentManager(): Plugin {
  const patched = new Set<string>();
  let sawManager = false;
  return {
    name: 'hvs:trim-content-manager',
    enforce: 'pre',
    buildStart() {
      patched.clear();
      sawManager = false;
    },
    resolveId(id, importer) {
      if (/^@shikijs\/(langs|themes)\//.test(id) && importer?.includes('@sveltia')) return EMPTY;
      return null;
    },
    load(id) {
      return id === EMPTY ? 'export default [];' : null;
    },
    transform(code, id) {
      const path = modulePath(id);
      if (!path.includes(SVELTIA)) return null;
      sawManager = true;
      const patches = PATCHES.filter((patch) => path.endsWith(`${SVELTIA}${patch.module}`));
      if (patches.length === 0) return null;
      for (const patch of patches) patched.add(patch.name);
      return { code: patches.reduce((text, patch) => applyPatch(patch, text), code), map: null };
    },
    buildEnd(error) {
      // A build that bundles the manager must have met every patched module (a renamed file would skip its patches).
      if (error || !sawManager) return;
      const missed = PATCHES.filter((patch) => !patched.has(patch.name));
      if (missed.length > 0) {
        throw new Error(`Content manager patches ${missed.map((patch) => `"${patch.name}" (@sveltia/cms/${patch.module})`).join(', ')} found no module to edit; update src/integrations/trim-content-manager.ts.`);
      }
    },
  };
}
