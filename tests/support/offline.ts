import type { Page } from '@playwright/test';
import { moduleImports } from '../../src/lib/offline';

/** The course and lesson with a video (content/courses/an-toan-tren-mang/cuoc-goi-gia-danh-cong-an.mdx). */
export const VIDEO_COURSE = 'an-toan-tren-mang';
export const VIDEO_LESSON = `khoa-hoc/${VIDEO_COURSE}/cuoc-goi-gia-danh-cong-an/`;

/** Waits until the service worker controls the page, so what it fetches next goes through the worker. */
export async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/**
 * Plays the page's first video until its clock moves, with its captions
 * shown; `play()` rejecting (no supported source) fails the test.
 */
export async function playVideo(page: Page) {
  return page.evaluate(async () => {
    const video = document.querySelector('video');
    const track = video?.querySelector('track');
    if (!video || !track) throw new Error('no video with captions on this page');
    track.track.mode = 'showing';
    video.muted = true; // headless Chromium plays muted media without a gesture
    await video.play();
    await new Promise<void>((resolve) => {
      const moved = () => (video.currentTime > 0 ? resolve() : undefined);
      video.addEventListener('timeupdate', moved);
      moved();
    });
    video.pause();
    if (track.readyState < 2) await new Promise((resolve) => track.addEventListener('load', resolve, { once: true }));
    return {
      canPlay: video.canPlayType('video/mp4; codecs="avc1.42E01E"'),
      error: video.error ? video.error.code : null,
      readyState: video.readyState,
      currentTime: video.currentTime,
      cues: track.track.cues?.length ?? 0,
    };
  });
}

/** Addresses stored in the cache `cacheName`, read from the page. */
export function storedIn(page: Page, cacheName: string): Promise<string[]> {
  return page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url), cacheName);
}

/**
 * Modules that scripts in the cache `cacheName` load (lib/offline.ts
 * moduleImports) but the cache lacks. A chunk is stored the moment it
 * arrives, before the chunks it imports are asked for, so "the decoder is
 * stored" means its whole import graph is, not only its own file.
 */
export async function missingImports(page: Page, cacheName: string): Promise<string[]> {
  const scripts = await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    const urls = (await cache.keys()).map((request) => request.url);
    return Promise.all(urls.map(async (url) => [url, url.endsWith('.js') ? ((await (await cache.match(url))?.text()) ?? '') : ''] as const));
  }, cacheName);
  const stored = new Set(scripts.map(([url]) => url));
  return [...new Set(scripts.flatMap(([url, source]) => moduleImports(source, url)))].filter((url) => !stored.has(url));
}
