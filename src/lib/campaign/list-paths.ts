import { t } from '../../strings/index.ts';
import { routes } from '../routes.ts';
import { PAGE_SIZE, paginate, type Page } from './paginate.ts';

export { PAGE_SIZE };

/**
 * getStaticPaths entries for a list served from a `[...page]` route: the first
 * page at the list's own address, later ones where routes.listPage() puts them.
 */
export function listPaths<T, P extends Record<string, string>, Extra extends object = object>(items: readonly T[], params: P, props?: Extra) {
  return paginate(items, PAGE_SIZE).map((page: Page<T>) => ({
    params: { ...params, page: page.number === 1 ? undefined : routes.listPage('', page.number).slice(0, -1) },
    props: { ...(props as Extra), page },
  }));
}

/** The breadcrumb trail of a list page: later pages link back to the first. */
export function listCrumbs(parents: { label: string; href: string }[], heading: string, first: string, page: number) {
  return page > 1
    ? [...parents, { label: heading, href: first }, { label: t('pagination.page', { number: page }) }]
    : [...parents, { label: heading }];
}
