import type { APIRoute } from 'astro';
import { loadWard } from '../lib/content/ward';
import { t } from '../strings';

// Relative URLs resolve against the manifest's own address, so they hold under any base.
export const GET: APIRoute = () => {
  const ward = loadWard();
  const manifest = {
    name: `${t('site.name')} – ${ward.name}`,
    short_name: t('site.name'),
    description: t('site.description'),
    lang: 'vi',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#8a1c1c',
    icons: [
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
