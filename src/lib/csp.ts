import { createHash } from 'node:crypto';
import { BOOT_SCRIPT } from './reading-options.ts';
/*
 * The Content-Security-Policy: everything from the site's own origin only.
 * Astro adds the hashes of the scripts and styles it emits to script-src and
 * style-src. No WebAssembly and no eval: search runs on its own JSON index
 * (lib/search), so the policy needs nothing beyond 'self' and hashes.
 * frame-ancestors only works as a header (see integrations/security-headers.ts).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const SCRIPT_SOURCES = ["'self'"] as const;

/** The CSP hash of an inline script's exact text. */
export const scriptHash = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}` as const;

/** Inline scripts Astro does not hash itself: the reading-options boot script. */
export const INLINE_SCRIPT_HASHES = [scriptHash(BOOT_SCRIPT)];
export const STYLE_SOURCES = ["'self'"] as const;
