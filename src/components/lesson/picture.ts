import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/**
 * Image sizes for a photo shown at most `cssWidth` CSS pixels wide: one file
 * for ordinary screens and one for sharp ones, never the upload itself (a phone
 * photo can be 3000 pixels). A drawing (SVG) scales by itself.
 */
export function responsive(image: ImageMetadata, cssWidth: number): { widths?: number[]; width?: number; sizes?: string } {
  if (image.format === 'svg') return {};
  const widths = [cssWidth, cssWidth * 2].filter((width) => width < image.width);
  const chosen = widths.length ? widths : [image.width];
  // The largest is also the plain src, for browsers that ignore srcset.
  return { widths: chosen, width: Math.max(...chosen), sizes: `(min-width: ${cssWidth / 16}rem) ${cssWidth / 16}rem, 100vw` };
}

/**
 * The address a picture opens at full size when tapped: a drawing's own file
 * (it zooms without limit), or the photo at most 1600 pixels wide.
 */
export async function fullSize(image: ImageMetadata): Promise<string> {
  if (image.format === 'svg') return image.src;
  return (await getImage({ src: image, width: Math.min(image.width, 1600) })).src;
}
