import type { ImageMetadata } from 'astro';

/*
 * Lesson media live in content/media/ and are named in MDX by their path there
 * ("an-toan-tren-mang/buoc-1.svg"), so editors write no imports. The build's
 * content checks (lib/content/check.ts) have already named any missing file.
 * @content-media is the media folder of the content the build reads (HVS_CONTENT_DIR).
 */
const images = import.meta.glob<{ default: ImageMetadata }>('@content-media/**/*.{png,jpg,jpeg,webp,avif,svg}', { eager: true });
const files = import.meta.glob<string>('@content-media/**/*.{mp4,webm,vtt}', { eager: true, query: '?url', import: 'default' });
// The ward's own pictures (content/wards/<ward>/media/), found first.
const wardImages = import.meta.glob<{ default: ImageMetadata }>('@ward-media/**/*.{png,jpg,jpeg,webp,avif,svg}', { eager: true });
const wardFiles = import.meta.glob<string>('@ward-media/**/*.{mp4,webm,vtt}', { eager: true, query: '?url', import: 'default' });

const find = <T>(ward: Record<string, T>, shared: Record<string, T>, path: string): T | undefined =>
  ward[`${import.meta.env.HVS_WARD_MEDIA_KEY_PREFIX}${path}`] ?? shared[`${import.meta.env.HVS_MEDIA_KEY_PREFIX}${path}`];

function lookup<T>(ward: Record<string, T>, shared: Record<string, T>, path: string, component: string): T {
  const found = find(ward, shared, path);
  if (found === undefined) throw new Error(`<${component}>: không tìm thấy tệp ${path} trong content/media/ hay thư mục media/ của phường.`);
  return found;
}

export const mediaImage = (path: string, component: string) => lookup(wardImages, images, path, component).default;
export const mediaUrl = (path: string, component: string) => lookup(wardFiles, files, path, component);

/**
 * The picture a video shows before it plays: the image beside it with the same
 * name ("tra-tien-qr.mp4" shows "tra-tien-qr.svg"), so no black box reads "0:00".
 */
export function mediaPoster(videoPath: string): ImageMetadata | undefined {
  const stem = videoPath.replace(/\.[^./]+$/, '');
  for (const extension of ['svg', 'png', 'jpg', 'jpeg', 'webp', 'avif']) {
    const found = find(wardImages, images, `${stem}.${extension}`);
    if (found) return found.default;
  }
  return undefined;
}
