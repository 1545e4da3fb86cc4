import { FILES_CACHE, PAGES_CACHE, pageAssets } from '../lib/offline';
import { fill } from '../lib/text/fill';

/**
 * "Save this course for reading without a connection": stores every lesson
 * page, with its styles, scripts, pictures, videos and captions, in the caches
 * the service worker reads from. Shown only where a service worker can serve them.
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
        const pages = await caches.open(PAGES_CACHE);
        const files = await caches.open(FILES_CACHE);
        for (const [index, url] of urls.entries()) {
          say(fill(this.dataset['saving'] ?? '', { done: index, total: urls.length }));
          const href = new URL(url, location.href).href;
          const response = await fetch(href);
          if (response.status !== 200) throw new Error(`${href}: ${response.status}`);
          const html = await response.clone().text();
          await pages.put(href, response);
          for (const asset of pageAssets(html, href, true)) {
            if (await files.match(asset)) continue;
            const file = await fetch(asset);
            if (file.status !== 200) throw new Error(`${asset}: ${file.status}`);
            await files.put(asset, file);
          }
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
