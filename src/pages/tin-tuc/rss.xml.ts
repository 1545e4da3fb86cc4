import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNews } from '../../lib/content/campaign';
import { loadWard } from '../../lib/content/ward';
import { capitalize } from '../../lib/text/capitalize';
import { t } from '../../strings';
import { absoluteUrl, href, routes } from '../../lib/routes';

/** The news as an RSS feed, newest first, for feed readers and the ward portal. */
export const GET: APIRoute = async ({ site }) => {
  const [news, ward] = [await getNews(), loadWard()];
  return rss({
    title: `${t('news.feedTitle')} – ${ward.name}`,
    description: t('news.intro'),
    site: absoluteUrl(routes.home, site),
    items: news.map((item) => ({
      title: item.data.sample ? `${item.data.title} (${t('sample.news').toLowerCase()})` : item.data.title,
      link: href(routes.newsItem(item.id)),
      pubDate: item.data.date,
      description: item.data.summary,
      categories: [capitalize(item.data.category)],
    })),
    customData: '<language>vi</language>',
  });
};
