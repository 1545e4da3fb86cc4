import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNews, newsHref } from '../../lib/content/campaign';
import { loadWard } from '../../lib/content/ward';
import { capitalize } from '../../lib/text/capitalize';
import { withBase } from '../../lib/url';
import { t } from '../../strings';

/** The news as an RSS feed, newest first, for feed readers and the ward portal. */
export const GET: APIRoute = async ({ site }) => {
  const [news, ward] = [await getNews(), loadWard()];
  return rss({
    title: `${t('news.feedTitle')} – ${ward.name}`,
    description: t('news.intro'),
    site: new URL(withBase(''), site).href,
    items: news.map((item) => ({
      title: item.data.sample ? `${item.data.title} (${t('sample.news').toLowerCase()})` : item.data.title,
      link: withBase(newsHref(item.id)),
      pubDate: item.data.date,
      description: item.data.summary,
      categories: [capitalize(item.data.category)],
    })),
    customData: '<language>vi</language>',
  });
};
