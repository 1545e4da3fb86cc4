/** The kinds of page a resident can filter search results by, as the index stores them. */
export const SEARCH_TYPES = { lesson: 'bài học', news: 'tin tức', event: 'lịch học', page: 'trang' } as const;
