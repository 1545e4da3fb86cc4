/**
 * Reading options a learner sets for themselves; kept in localStorage on the
 * device only. The inline head script in BaseLayout applies the same attributes
 * before first paint, so keep STORAGE_KEY and the attribute names in step.
 */
export const STORAGE_KEY = 'hvs:reading';

export const TEXT_SIZES = ['normal', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface ReadingOptions {
  textSize: TextSize;
  highContrast: boolean;
  wideSpacing: boolean;
}

export const DEFAULT_OPTIONS: ReadingOptions = { textSize: 'normal', highContrast: false, wideSpacing: false };

/** Reads stored options, falling back to defaults for anything missing or damaged. */
export function parseOptions(raw: string | null): ReadingOptions {
  let data: unknown;
  try {
    data = raw ? JSON.parse(raw) : {};
  } catch {
    return { ...DEFAULT_OPTIONS };
  }
  const value = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const size = value['textSize'];
  return {
    textSize: TEXT_SIZES.includes(size as TextSize) ? (size as TextSize) : DEFAULT_OPTIONS.textSize,
    highContrast: value['highContrast'] === true,
    wideSpacing: value['wideSpacing'] === true,
  };
}

/** The data-* attributes on <html> that the stylesheet keys on. */
export function optionAttributes(options: ReadingOptions): Record<string, string | null> {
  return {
    'data-text-size': options.textSize === 'normal' ? null : options.textSize,
    'data-contrast': options.highContrast ? 'high' : null,
    'data-spacing': options.wideSpacing ? 'wide' : null,
  };
}

/**
 * Applies saved reading options before first paint. Inlined in every page's
 * head (a file would flash the default look first); the Content-Security-Policy
 * allows exactly this text by its hash (lib/csp.ts).
 */
export const BOOT_SCRIPT = `var d=document.documentElement;d.classList.add('js');try{var o=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||'{}');if(/^large(r|st)?$/.test(o.textSize))d.setAttribute('data-text-size',o.textSize);if(o.highContrast===true)d.setAttribute('data-contrast','high');if(o.wideSpacing===true)d.setAttribute('data-spacing','wide');}catch(e){}`;
