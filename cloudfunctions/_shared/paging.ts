import type { Page } from '../../types/user';

export const PAGE_SIZE = 20;

/** Reads one row more than a page to know whether another page follows. */
export function toPage<T>(rows: T[], cursorOf: (row: T) => string): Page<T> {
  const items = rows.slice(0, PAGE_SIZE);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > PAGE_SIZE && last ? cursorOf(last) : null };
}
