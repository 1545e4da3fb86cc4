/**
 * The content manager's folder under the site's base (src/pages/quan-tri/). It
 * is for editors, not residents: kept out of robots, the sitemap, the page
 * budgets, the public security policy and the service worker's store.
 */
export const MANAGER_DIR = 'quan-tri';
