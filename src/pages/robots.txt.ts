import type { APIRoute } from 'astro';
import { MANAGER_DIR } from '../lib/cms/where';
import { withBase } from '../lib/url';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site).href;
  // The content manager is for the ward's editors, not for search engines.
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${withBase(`${MANAGER_DIR}/`)}\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
