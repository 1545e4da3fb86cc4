import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { stringify } from 'yaml';
import { config as hvsConfig } from '../config';
import { cmsConfig } from '../lib/cms/config';
import { loadWard } from '../lib/content/ward';
import { absoluteUrl, href, routes } from '../lib/routes';

/** The content manager's configuration, built from the schemas and the courses of this build. */
export const GET: APIRoute = async ({ site }) => {
  const courses = (await getCollection('courses'))
    .sort((a, b) => a.data.order - b.data.order)
    .map((course) => ({ slug: course.id, title: course.data.title }));
  const env = hvsConfig();
  // On an origin of its own the manager's base is not the site's: it links to the public site by HVS_SITE and HVS_BASE.
  const siteUrl =
    env.manager.kind === 'alone'
      ? new URL(env.base, env.site ?? loadWard().portalUrl).href
      : site
        ? absoluteUrl(routes.home, site)
        : '';
  const config = cmsConfig(courses, env.forge, siteUrl, href('favicon.svg'), env.ward);
  const header = '# Do bản dựng tạo ra từ các lược đồ nội dung (src/lib/cms/config.ts); đừng sửa tay.\n';
  return new Response(header + stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
