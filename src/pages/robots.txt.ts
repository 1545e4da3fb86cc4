import type { APIRoute } from 'astro';
import { config } from '../config';
import { MANAGER_DIR } from '../lib/cms/where';
import { absoluteUrl, href, routes } from '../lib/routes';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(routes.sitemap, site);
  // The content manager is for the ward's editors, not for search engines.
  const disallow = config().manager.kind === 'with-site' ? `Disallow: ${href(`${MANAGER_DIR}/`)}\n` : '';
  // Crawlers read only the domain's own /robots.txt: under a sub-path this file is a copy of what to add there.
  const note = import.meta.env.BASE_URL === '/' ? '' : `# Trình tìm kiếm chỉ đọc /robots.txt ở gốc tên miền: chép các dòng dưới đây vào tệp đó.\n`;
  return new Response(`${note}User-agent: *\nAllow: /\n${disallow}\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
