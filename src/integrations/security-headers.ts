import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// The content manager has a policy of its own (see src/manager/index.astro).
import { MANAGER_DIR } from '../lib/cms/where.ts';
import { routes } from '../lib/routes.ts';

/** Headers every response gets besides the policy, whatever the path. */
const OTHER_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // The QR check page reads codes with the camera (asked for on a button press); no other site's frame may.
  ['Permissions-Policy', 'camera=(self), microphone=(), geolocation=(), payment=()'],
  // frame-ancestors' older twin: framing stays refused on a host that lets one rule's policy replace another's.
  ['X-Frame-Options', 'DENY'],
];

/** What only a header can say: no other site may frame these pages. */
const FRAMING = "frame-ancestors 'none'";

/** The manager is for editors: search engines leave it alone even where robots.txt is not read (a sub-path). */
const MANAGER_ONLY: [string, string][] = [['X-Robots-Tag', 'noindex, nofollow']];

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

const withoutFraming = (policy: string) =>
  policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');

/** What a build holds, as far as its headers go. */
export interface HeaderPlan {
  /** The base path with a trailing slash: "/" or "/binh-dan-hoc-vu-so/". */
  scope: string;
  /** The public pages' policy; absent in a manager-only build. */
  publicPolicy?: string | undefined;
  /** The content manager's policy; absent when the build has no manager. */
  managerPolicy?: string | undefined;
  /** Top-level entries of the output folder (the manager's folder and header files left out). */
  entries: { name: string; folder: boolean }[];
}

type Rule = [pattern: string, headers: [string, string][]];

/**
 * `_headers` rules (Netlify, Cloudflare Pages). A request gets the headers of
 * every rule that matches it, and a header named by two matching rules is sent
 * once with both values joined by a comma ("An incoming request which matches
 * multiple rules' URL patterns will inherit all rules' headers… If a header is
 * applied twice in the _headers file, the values are joined with a comma",
 * developers.cloudflare.com/pages/configuration/headers/; Netlify likewise).
 * Two policies joined that way are both enforced, so a path must never get
 * two policies that speak to the same directive. Hence:
 * - a catch-all rule under the base, so any path, a missing one included, gets
 *   the headers;
 * - with one policy in the build (public site alone, manager alone), the
 *   catch-all carries it;
 * - with both, the catch-all carries only frame-ancestors, and each public
 *   entry and the manager's folder get their own policy without it: every
 *   directive is said once, and a missing path keeps framing refused (the
 *   404 page's <meta> policy covers the rest).
 */
export function headerRules(plan: HeaderPlan): Rule[] {
  const { scope, publicPolicy, managerPolicy } = plan;
  const csp = (policy: string): [string, string] => ['Content-Security-Policy', policy];
  if (publicPolicy && managerPolicy) {
    const publicPatterns = [scope, ...plan.entries.map(({ name, folder }) => (folder ? `${scope}${name}/*` : `${scope}${name}`))];
    return [
      [`${scope}*`, [csp(FRAMING), ...OTHER_HEADERS]],
      ...publicPatterns.map((pattern): Rule => [pattern, [csp(withoutFraming(publicPolicy))]]),
      [`${scope}${MANAGER_DIR}/*`, [csp(withoutFraming(managerPolicy)), ...MANAGER_ONLY]],
    ];
  }
  if (managerPolicy) return [[`${scope}*`, [csp(managerPolicy), ...OTHER_HEADERS, ...MANAGER_ONLY]]];
  return publicPolicy ? [[`${scope}*`, [csp(publicPolicy), ...OTHER_HEADERS]]] : [];
}

export function headersFile(plan: HeaderPlan): string {
  const rules = headerRules(plan).flatMap(([pattern, headers]) => [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)]);
  // The service worker must be fetched fresh, or a new build waits for the old worker's cache to expire.
  return [...rules, ...(plan.publicPolicy ? [`${plan.scope}sw.js`, '  Cache-Control: no-cache'] : []), ''].join('\n');
}

/**
 * `nginx-security-headers.conf`, to include where the site is served. nginx
 * sends only the innermost location's add_header lines, so the manager's
 * location repeats the common headers with its own policy; `always` puts them
 * on error responses (the 404 page) too.
 */
export function nginxFile(plan: HeaderPlan): string {
  const add = (list: [string, string][], indent = '') => list.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
  const { scope, publicPolicy, managerPolicy } = plan;
  const managerHeaders = (policy: string): [string, string][] => [['Content-Security-Policy', policy], ...OTHER_HEADERS, ...MANAGER_ONLY];
  const lines = ['# Include in the server block (or location) that serves this site.'];
  if (publicPolicy) {
    lines.push(...add([['Content-Security-Policy', publicPolicy], ...OTHER_HEADERS]));
    if (managerPolicy) {
      lines.push('', '# The content manager has a policy of its own.', `location ^~ ${scope}${MANAGER_DIR}/ {`, ...add(managerHeaders(managerPolicy), '  '), '}');
    }
    // Browsers look for a new service worker on each visit, so it must not be cached.
    // nginx replaces, not adds, headers in a location: the block repeats them.
    lines.push('', `location = ${scope}sw.js {`, ...add([['Content-Security-Policy', publicPolicy], ...OTHER_HEADERS, ['Cache-Control', 'no-cache']], '  '), '}');
  } else if (managerPolicy) {
    lines.push(...add(managerHeaders(managerPolicy)));
  }
  return [...lines, ''].join('\n');
}

const metaPolicy = (file: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];

/**
 * Writes header files for common static hosts after the build: `_headers`
 * (Netlify, Cloudflare Pages) and `nginx-security-headers.conf`. The hashes
 * change with each build, so they are written by the build rather than kept
 * in the repository.
 */
export default function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'hvs:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const managerDir = join(out, MANAGER_DIR);
        const policies = htmlFiles(out)
          .filter((file) => !file.startsWith(managerDir))
          .flatMap((file) => metaPolicy(file) ?? []);
        const managerPage = join(managerDir, 'index.html');
        const managerPolicy = existsSync(managerPage) ? metaPolicy(managerPage) : undefined;
        const plan: HeaderPlan = {
          scope: base.endsWith('/') ? base : `${base}/`,
          // A manager-only build's one other page is its landing page, which sends editors on.
          publicPolicy: existsSync(join(out, '404.html')) ? sitePolicy(policies) : undefined,
          managerPolicy: managerPolicy ? sitePolicy([managerPolicy]) : undefined,
          entries: readdirSync(out)
            .filter((name) => name !== MANAGER_DIR && !name.startsWith('_headers') && !name.startsWith('nginx-'))
            .map((name) => ({ name, folder: statSync(join(out, name)).isDirectory() })),
        };
        writeFileSync(join(out, '_headers'), headersFile(plan));
        writeFileSync(join(out, 'nginx-security-headers.conf'), nginxFile(plan));
        logger.info(`security headers written from ${policies.length} pages`);
        // Crawlers read only the domain's /robots.txt, never one under a sub-path: say what the portal's must carry.
        const robots = join(out, routes.robots);
        const sitemapLine = existsSync(robots) ? /^Sitemap: .*$/m.exec(readFileSync(robots, 'utf8'))?.[0] : undefined;
        if (plan.scope !== '/' && sitemapLine) logger.warn(`thêm dòng này vào /robots.txt ở gốc tên miền của cổng: ${sitemapLine}`);
      },
    },
  };
}
