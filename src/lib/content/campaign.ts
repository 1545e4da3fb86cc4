import { getCollection, type CollectionEntry } from 'astro:content';
import { parseLocalTime } from '../campaign/time.ts';
import { checkCampaign } from './check.ts';
import { ContentError } from './errors.ts';
import { planTasks } from './plan.ts';
import { getCourses } from './queries.ts';
import { mediaFile } from './layout.ts';

export type NewsItem = CollectionEntry<'news'>;

/** An event with its times as instants. */
export interface CampaignEvent {
  entry: CollectionEntry<'events'>;
  start: Date;
  end: Date;
}

const shown = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;

async function check(facts: Parameters<typeof checkCampaign>[0]) {
  const courses = await getCourses();
  const media = (path: string) => mediaFile(path) !== undefined;
  const problems = checkCampaign(facts, planTasks().map((task) => task.id), courses.map((course) => course.id), media);
  if (problems.length) {
    throw new ContentError(['Nội dung có lỗi, cần sửa trước khi dựng trang:', ...problems.map((problem) => `- ${problem}`)].join('\n'));
  }
}

/** News, newest first, after the cross-file checks. */
export async function getNews(): Promise<NewsItem[]> {
  const news = await getCollection('news');
  await check(news.map((item) => ({ file: shown(item), tasks: item.data.tasks, cover: item.data.cover.src })));
  return news.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, 'vi'));
}

/** Events in start order, after the cross-file checks. */
export async function getEvents(): Promise<CampaignEvent[]> {
  const events = await getCollection('events');
  await check(events.map((event) => ({ file: shown(event), tasks: event.data.tasks, course: event.data.course })));
  return events
    .map((entry) => ({
      entry,
      // The schema has already refused times that do not parse.
      start: parseLocalTime(entry.data.start) ?? new Date(Number.NaN),
      end: parseLocalTime(entry.data.end) ?? new Date(Number.NaN),
    }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

