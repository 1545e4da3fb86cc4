import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getNews, type NewsItem } from '../../../lib/content/campaign';
import { mediaFile } from '../../../lib/content/layout';

/*
 * Zalo and Facebook show a raster picture for a shared link, not SVG: each
 * news cover is drawn once more as a 1200×630 PNG at build time.
 */
export async function getStaticPaths() {
  return (await getNews()).map((item) => ({ params: { slug: item.id }, props: { item } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { item } = props as { item: NewsItem };
  const png = await sharp(mediaFile(item.data.cover.src) ?? item.data.cover.src, { density: 144 })
    .resize(1200, 630, { fit: 'contain', background: '#ffffff' })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
