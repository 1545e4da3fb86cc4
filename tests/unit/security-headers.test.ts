import { describe, expect, it } from 'vitest';
import { type HeaderPlan, headerRules, headersFile, nginxFile, sitePolicy } from '../../src/integrations/security-headers';
import { scriptHash } from '../../src/lib/csp';

describe('the site-wide policy for header files', () => {
  it('joins every page\'s hashes under each directive and forbids framing', () => {
    const policy = sitePolicy([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-x'",
      "default-src 'self'; script-src 'self' 'sha256-b' 'sha256-a'; style-src 'self'",
    ]);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-x'; frame-ancestors 'none'");
  });

  it('hashes an inline script the way browsers do', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});

const PUBLIC = "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-x'; frame-ancestors 'none'";
const MANAGER = "default-src 'self'; script-src 'self' 'sha256-m'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
const ENTRIES = [
  { name: '404.html', folder: false },
  { name: 'khoa-hoc', folder: true },
  { name: 'sw.js', folder: false },
];

/** What Netlify and Cloudflare Pages send for a path: every matching rule, same-name headers joined by a comma. */
function served(plan: HeaderPlan, path: string): Map<string, string> {
  const rules = headersFile(plan)
    .split(/\n(?=\S)/)
    .map((block) => {
      const [pattern = '', ...lines] = block.split('\n').filter((line) => line.trim());
      return { pattern, headers: lines.map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]) };
    });
  const headers = new Map<string, string>();
  for (const { headers: list } of rules.filter(({ pattern }) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern))) {
    for (const [name, value] of list) headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return headers;
}

/** The policies a browser enforces for one header value, as directive name → sources. */
const policies = (header: string) =>
  header.split(',').map((policy) => new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...sources]) => [name, sources.join(' ')])));

/** What the browser enforces: each directive, and the sources of every policy that names it. */
function effective(header: string) {
  const directives = new Map<string, string[]>();
  for (const policy of policies(header)) for (const [name, sources] of policy) directives.set(name, [...(directives.get(name) ?? []), sources]);
  return directives;
}

describe('header rules for static hosts', () => {
  for (const scope of ['/', '/binh-dan-hoc-vu-so/']) {
    const plan: HeaderPlan = { scope, publicPolicy: PUBLIC, managerPolicy: MANAGER, entries: ENTRIES };

    it(`under ${scope}, every path, a missing one included, gets the headers, and no directive twice`, () => {
      for (const path of ['', 'khoa-hoc/an-toan-tren-mang/', '404.html', 'khong-co/', 'khong-co', 'quan-tri/', 'quan-tri/config.yml']) {
        const headers = served(plan, `${scope}${path}`);
        expect(headers.get('X-Content-Type-Options'), path).toBe('nosniff');
        expect(headers.get('Referrer-Policy'), path).toBe('strict-origin-when-cross-origin');
        expect(headers.get('X-Frame-Options'), path).toBe('DENY');
        const directives = effective(headers.get('Content-Security-Policy') ?? '');
        expect(directives.get('frame-ancestors'), path).toEqual(["'none'"]);
        // Two policies naming one directive would intersect: the manager's inline styles would be refused.
        for (const [name, sources] of directives) expect(sources, `${path} ${name}`).toHaveLength(1);
      }
    });

    it(`under ${scope}, the manager gets its own policy and a noindex; the public pages the public one`, () => {
      const manager = effective(served(plan, `${scope}quan-tri/`).get('Content-Security-Policy') ?? '');
      expect(manager.get('style-src')).toEqual(["'self' 'unsafe-inline'"]);
      expect(served(plan, `${scope}quan-tri/`).get('X-Robots-Tag')).toBe('noindex, nofollow');
      for (const path of ['', 'khoa-hoc/x/', '404.html']) {
        const page = effective(served(plan, `${scope}${path}`).get('Content-Security-Policy') ?? '');
        expect(page.get('style-src'), path).toEqual(["'self' 'sha256-x'"]);
        expect(page.get('script-src'), path).toEqual(["'self' 'sha256-a'"]);
        expect(served(plan, `${scope}${path}`).has('X-Robots-Tag'), path).toBe(false);
      }
      expect(served(plan, `${scope}sw.js`).get('Cache-Control')).toBe('no-cache');
    });
  }

  it('a build without the manager sends the public policy to every path from one rule', () => {
    const plan: HeaderPlan = { scope: '/binh-dan-hoc-vu-so/', publicPolicy: PUBLIC, entries: ENTRIES };
    expect(headerRules(plan).map(([pattern]) => pattern)).toEqual(['/binh-dan-hoc-vu-so/*']);
    expect(served(plan, '/binh-dan-hoc-vu-so/khong-co/').get('Content-Security-Policy')).toBe(PUBLIC);
    expect(served(plan, '/binh-dan-hoc-vu-so/quan-tri/').get('Content-Security-Policy')).toBe(PUBLIC);
    expect(nginxFile(plan)).not.toContain('location ^~');
  });

  it('a manager-only build sends the manager policy and noindex everywhere', () => {
    const plan: HeaderPlan = { scope: '/', managerPolicy: MANAGER, entries: [{ name: 'index.html', folder: false }] };
    expect(served(plan, '/quan-tri/').get('Content-Security-Policy')).toBe(MANAGER);
    expect(served(plan, '/').get('X-Robots-Tag')).toBe('noindex, nofollow');
    expect(nginxFile(plan)).toContain(`add_header Content-Security-Policy "${MANAGER}" always;`);
    expect(headersFile(plan)).not.toContain('sw.js');
  });

  it('nginx: the public headers for every response (404s too), the manager\'s in a location of its own', () => {
    const conf = nginxFile({ scope: '/binh-dan-hoc-vu-so/', publicPolicy: PUBLIC, managerPolicy: MANAGER, entries: ENTRIES });
    const [outer = '', inner = ''] = conf.split('location ^~ /binh-dan-hoc-vu-so/quan-tri/ {');
    expect(outer).toContain(`add_header Content-Security-Policy "${PUBLIC}" always;`);
    expect(inner).toContain(`add_header Content-Security-Policy "${MANAGER}" always;`);
    // nginx sends only the innermost location's add_header lines: the manager's repeats the common ones.
    expect(inner).toContain('add_header X-Content-Type-Options "nosniff" always;');
    for (const line of conf.split('\n').filter((text) => text.includes('add_header'))) expect(line).toMatch(/ always;$/);
  });
});
