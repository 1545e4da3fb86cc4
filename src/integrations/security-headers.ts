import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// The content manager has a policy of its own (see pages/quan-tri/index.astro).
import { MANAGER_DIR } from '../lib/cms/where.ts';

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


const metaPolicy = (file: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];

/**
 * Writes header files for common static hosts after the build: `_headers`
 * (Netlify, Cloudflare Pages) and `nginx-security-headers.conf` (to include in
 * an nginx server block). The hashes change with each build, so they are
 * written by the build rather than kept in the repository. Hosts send every
 * rule that matches a path, so the public rules name the top-level entries one
 * by one rather than "everything", leaving the manager's folder to its own rule.
 */
export default function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'hvs:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const managerDir = join(out, MANAGER_DIR);
        const pages = htmlFiles(out);
        const policies = pages.filter((file) => !file.startsWith(managerDir)).flatMap((file) => metaPolicy(file) ?? []);
        const managerPolicy = existsSync(join(managerDir, 'index.html')) ? metaPolicy(join(managerDir, 'index.html')) : undefined;
        const headers: [string, string][] = [['Content-Security-Policy', sitePolicy(policies)], ...OTHER_HEADERS];
        const managerHeaders: [string, string][] = managerPolicy ? [['Content-Security-Policy', sitePolicy([managerPolicy])], ...OTHER_HEADERS] : [];
        const scope = base.endsWith('/') ? base : `${base}/`;
        const rule = (pattern: string, list: [string, string][]) => [pattern, ...list.map(([name, value]) => `  ${name}: ${value}`)];
        const publicPatterns = [
          scope,
          ...readdirSync(out)
            .filter((name) => name !== MANAGER_DIR && !name.startsWith('_headers') && !name.startsWith('nginx-'))
            .map((name) => (statSync(join(out, name)).isDirectory() ? `${scope}${name}/*` : `${scope}${name}`)),
        ];
        writeFileSync(
          join(out, '_headers'),
          [
            ...publicPatterns.flatMap((pattern) => rule(pattern, headers)),
            ...(managerPolicy ? rule(`${scope}${MANAGER_DIR}/*`, managerHeaders) : []),
            `${scope}sw.js`,
            '  Cache-Control: no-cache',
            '',
          ].join('\n'),
        );
        const addHeaders = (list: [string, string][], indent = '') => list.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
        writeFileSync(
          join(out, 'nginx-security-headers.conf'),
          [
            '# Include in the server block that serves this site.',
            ...addHeaders(headers),
            ...(managerPolicy
              ? ['', '# The content manager has a policy of its own (nginx replaces, not adds, headers in a location).', `location ^~ ${scope}${MANAGER_DIR}/ {`, ...addHeaders(managerHeaders, '  '), '}']
              : []),
            '',
            '# Browsers look for a new service worker on each visit, so it must not be cached.',
            `location = ${scope}sw.js {`,
            ...addHeaders([...headers, ['Cache-Control', 'no-cache']], '  '),
            '}',
            '',
          ].join('\n'),
        );
        logger.info(`security headers written from ${policies.length} pages`);
      },
    },
  };
}
