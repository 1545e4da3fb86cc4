/** Lists the lessons stored on this device, with their titles, on the offline page. */
class HvsSavedPages extends HTMLElement {
  async connectedCallback() {
    if (!('caches' in window)) return;
    const cache = await caches.open(this.dataset['cache'] ?? '');
    const courses = this.dataset['courses'] ?? '/';
    // A lesson's page sits two levels under the course list (routes.lesson).
    const lessons = (await cache.keys()).filter((request) => new RegExp(`^${courses}[^/]+/[^/]+/$`).test(new URL(request.url).pathname));
    const list = this.querySelector('[data-list]');
    const section = this.querySelector<HTMLElement>('[data-saved]');
    if (!list || !section || !lessons.length) return;
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

customElements.define('hvs-saved-pages', HvsSavedPages);
