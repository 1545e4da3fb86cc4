import { type ManagerPlacement, parseConfig } from '../../config.ts';

export type { ManagerPlacement };

/*
 * The content manager's folder under the site's base (named in lib/routes.ts).
 * It is for editors, not residents: kept out of robots, the sitemap, the page
 * budgets, the public security policy and the service worker's store.
 */
export { MANAGER_DIR } from '../routes.ts';

/** Where the content manager is served, from HVS_CMS_ORIGIN and HVS_CMS_ONLY (parsed in src/config.ts). */
export function managerPlacement(env: Record<string, string | undefined>): ManagerPlacement {
  return parseConfig(env).manager;
}
