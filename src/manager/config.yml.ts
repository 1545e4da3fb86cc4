import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { stringify } from 'yaml';
import { cmsConfig, forgeFromEnv } from '../../lib/cms/config';
import { withBase } from '../../lib/url';

/** The content manager's configuration, built from the schemas and the courses of this build. */
export const GET: APIRoute = async ({ site }) => {
  const courses = (await getCollection('courses'))
    .sort((a, b) => a.data.order - b.data.order)
    .map((course) => ({ slug: course.id, title: course.data.title }));
  const siteUrl = site ? new URL(withBase(''), site).href : '';
  const config = cmsConfig(courses, forgeFromEnv(process.env), siteUrl, withBase('favicon.svg'));
  const header = '# Do bản dựng tạo ra từ các lược đồ nội dung (src/lib/cms/config.ts); đừng sửa tay.\n';
  return new Response(header + stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
