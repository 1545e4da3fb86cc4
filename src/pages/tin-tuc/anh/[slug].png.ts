import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getNews, type NewsItem } from '../../../lib/content/campaign';
import { mediaFile } from '../../../lib/content/layout';
import { sharePicture } from '../../../lib/share-picture';

/* Each news cover as the 1200×630 PNG Zalo and Facebook show for a shared link (lib/share-picture.ts). */
export async function getStaticPaths() {
  return (await getNews()).map((item) => ({ params: { slug: item.id }, props: { item } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { item } = props as { item: NewsItem };
  const png = await sharePicture(readFileSync(mediaFile(item.data.cover.src) ?? item.data.cover.src));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
