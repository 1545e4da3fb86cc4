/** The one cache the service worker and the "save this course" button share. */
export const OFFLINE_CACHE = 'hvs-offline-v1';

/**
 * Same-origin files a page needs to show offline: its stylesheets, scripts and
 * pictures, found in its HTML (regular expressions suffice for our own markup).
 */
export function pageAssets(html: string, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  const found = [...html.matchAll(/<(?:link[^>]+rel="(?:stylesheet|icon|manifest)"[^>]*href|script[^>]+src|img[^>]+src)="([^"]+)"/g)].map((match) => match[1] ?? '');
  return [...new Set(found.map((href) => new URL(href.replace(/&amp;/g, '&'), pageUrl)).filter((url) => url.origin === origin).map((url) => url.href))];
}
