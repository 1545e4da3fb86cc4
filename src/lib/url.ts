/**
 * Prefixes a site path with the deployment base, so the same build works at a
 * domain's root and under a sub-path of the ward portal. Every internal href
 * and asset path goes through here.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('//') || path.startsWith('#')) return path;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** Drops the base from a pathname, giving the site path ("/tro-nang/"). */
export function withoutBase(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
}
