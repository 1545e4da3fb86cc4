import { pageAssets } from '../lib/offline';
import { fill } from '../lib/text/fill';

/**
 * "Save this course for reading without a connection": stores every lesson
 * page, with its styles, scripts and pictures, in the cache the service
 * worker reads from. Shown only where a service worker can serve them.
 */
class HvsSaveCourse extends HTMLElement {
  connectedCallback() {
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    this.hidden = false;
    const button = this.querySelector('button');
    const status = this.querySelector('[data-status]');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    button?.addEventListener('click', async () => {
      const urls = JSON.parse(this.dataset['urls'] ?? '[]') as string[];
      button.disabled = true;
      try {
        await navigator.serviceWorker.ready;
        const cache = await caches.open(this.dataset['cache'] ?? '');
        for (const [index, url] of urls.entries()) {
          say(fill(this.dataset['saving'] ?? '', { done: index, total: urls.length }));
          const response = await fetch(url);
          if (!response.ok) throw new Error(`${url}: ${response.status}`);
          const html = await response.clone().text();
          await cache.put(url, response);
          await cache.addAll(pageAssets(html, new URL(url, location.href).href));
        }
        say(fill(this.dataset['saved'] ?? '', { total: urls.length }));
      } catch {
        say(this.dataset['failed'] ?? '');
      } finally {
        button.disabled = false;
      }
    });
  }
}

customElements.define('hvs-save-course', HvsSaveCourse);
