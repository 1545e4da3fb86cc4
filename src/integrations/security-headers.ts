import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Headers every page gets besides the policy. */
const OTHER_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/**
 * One policy for the whole site, for hosts that send it as a header: the
 * directives of the pages' <meta> policies, with every hash any page needs,
 * plus what only a header can say (frame-ancestors).
 */
export function sitePolicy(metaPolicies: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of metaPolicies) {
    for (const directive of policy.split(';').map((part) => part.trim()).filter(Boolean)) {
      const [name = '', ...sources] = directive.split(/\s+/);
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => `${name} ${[...sources].join(' ')}`).join('; ');
}

/**
 * Writes header files for common static hosts after the build: `_headers`
 * (Netlify, Cloudflare Pages) and `nginx-security-headers.conf` (to include in
 * an nginx server block). The hashes change with each build, so they are
 * written by the build rather than kept in the repository.
 */
export default function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'hvs:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = htmlFiles(out).flatMap((file) => {
          const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'));
          return match?.[1] ? [match[1]] : [];
        });
        const headers: [string, string][] = [['Content-Security-Policy', sitePolicy(policies)], ...OTHER_HEADERS];
        const scope = base.endsWith('/') ? base : `${base}/`;
        writeFileSync(
          join(out, '_headers'),
          [`${scope}*`, ...headers.map(([name, value]) => `  ${name}: ${value}`), `${scope}sw.js`, '  Cache-Control: no-cache', ''].join('\n'),
        );
        writeFileSync(
          join(out, 'nginx-security-headers.conf'),
          [
            '# Include in the server (or location) block that serves this site.',
            ...headers.map(([name, value]) => `add_header ${name} "${value}" always;`),
            '',
          ].join('\n'),
        );
        logger.info(`security headers written from ${policies.length} pages`);
      },
    },
  };
}
