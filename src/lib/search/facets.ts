import { routes } from '../routes.ts';
import type { Kind } from './model.ts';

/** The kinds of page a resident can filter search results by, as the index stores them. */
export const SEARCH_TYPES = { lesson: 'bài học', news: 'tin tức', event: 'lịch học', page: 'trang' } as const;

/** The search index under the build's folder (integrations/pagefind.ts writes it, components/search/SearchResults.ts reads it). */
export const SEARCH_INDEX_FILE = routes.searchIndex;

/** The "Loại" filter: the value in the address, what a resident reads, the kinds it holds. */
export const TYPE_FILTERS: { value: string; text: string; kinds: Kind[] }[] = [
  { value: 'bai-hoc', text: 'Bài học', kinds: ['lesson'] },
  { value: 'thuc-hanh', text: 'Bài thực hành', kinds: ['practice'] },
  { value: 'lich-hoc', text: 'Lịch học, lớp học', kinds: ['event'] },
  { value: 'tin-tuc', text: 'Tin tức', kinds: ['news'] },
  { value: 'trang-khac', text: 'Khóa học, lộ trình, phong trào, tài liệu', kinds: ['course', 'listing', 'page'] },
];
