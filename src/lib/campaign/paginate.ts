/** News lists show ten items a page. */
export const PAGE_SIZE = 10;

/** One page of a list: its items and where it sits among the pages. */
export interface Page<T> {
  items: T[];
  /** From 1. */
  number: number;
  count: number;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
  }));
}

