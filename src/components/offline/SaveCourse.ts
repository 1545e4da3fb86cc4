import { define, HvsElement } from '../../browser/element';
import { isStringList } from '../../browser/checks';
import { pageAssets, storeFiles } from '../../lib/offline';
import { fill } from '../../lib/text/fill';

/**
 * "Save this course for reading without a connection": stores every lesson
 * page, with its styles, scripts (and the modules they load), pictures, videos
 * and captions, in the caches
 * the service worker reads from. Shown only where a service worker can serve them.
 */
class HvsSaveCourse extends HvsElement {
  init() {
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    this.hidden = false;
    const button = this.required<HTMLButtonElement>('button');
    const say = (text: string) => this.say(text);
    button.addEventListener('click', async () => {
      const urls = this.json('urls', isStringList);
      button.disabled = true;
      try {
        await navigator.serviceWorker.ready;
        const pages = await caches.open(this.text('pagesCache'));
        const files = await caches.open(this.text('filesCache'));
        for (const [index, url] of urls.entries()) {
          say(fill(this.text('saving'), { done: index, total: urls.length }));
          const href = new URL(url, location.href).href;
          const response = await fetch(href);
          if (response.status !== 200) throw new Error(`${href}: ${response.status}`);
          const html = await response.clone().text();
          await pages.put(href, response);
          await storeFiles(files, pageAssets(html, href, true), async (asset) => {
            const file = await fetch(asset);
            if (file.status !== 200) throw new Error(`${asset}: ${file.status}`);
            await files.put(asset, file);
            return (await files.match(asset)) ?? Response.error();
          });
        }
        say(fill(this.text('saved'), { total: urls.length }));
      } catch {
        say(this.text('failed'));
      } finally {
        button.disabled = false;
      }
    });
  }
}

define('hvs-save-course', HvsSaveCourse);
