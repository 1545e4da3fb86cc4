import { define, HvsElement } from '../../browser/element';

/** Lists the lessons stored on this device, with their titles, on the offline page. */
class HvsSavedPages extends HvsElement {
  async init() {
    if (!('caches' in window)) return;
    const list = this.required('[data-list]');
    const section = this.required('[data-saved]');
    const cache = await caches.open(this.text('cache'));
    const courses = this.text('courses') || '/';
    // A lesson's page sits two levels under the course list (routes.lesson).
    const lessons = (await cache.keys()).filter((request) => new RegExp(`^${courses}[^/]+/[^/]+/$`).test(new URL(request.url).pathname));
    if (!lessons.length) return;
    for (const request of lessons) {
      const html = (await (await cache.match(request))?.text()) ?? '';
      const title = new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent?.trim() || new URL(request.url).pathname;
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = request.url;
      link.className = 'inline-flex min-h-target items-center';
      link.textContent = title;
      item.append(link);
      list.append(item);
    }
    section.hidden = false;
  }
}

define('hvs-saved-pages', HvsSavedPages);
