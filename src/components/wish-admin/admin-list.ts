import type { WishPage, WishStatus } from '@contract/wish';
import { WISH_STATUSES } from '@contract/wish';

/** The adminList input field that searches titles. */
export const SEARCH_FIELD = 'search';

export type StatusCounts = Partial<Record<WishStatus, number>>;

/** The per-status counts adminList answers beside its page (null when it sends none). */
export function statusCounts(page: WishPage): StatusCounts | null {
  const raw = Object.prototype.hasOwnProperty.call(page, 'counts') ? (page as WishPage & { counts?: unknown }).counts : undefined;
  if (typeof raw !== 'object' || raw === null) return null;
  const counts: StatusCounts = {};
  for (const status of WISH_STATUSES) {
    const value = Object.prototype.hasOwnProperty.call(raw, status) ? (raw as Record<string, unknown>)[status] : undefined;
    if (typeof value === 'number' && Number.isFinite(value)) counts[status] = value;
  }
  return counts;
}
