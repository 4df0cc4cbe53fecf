import type { WishDoc, WishPage } from '../../../types/wish';
import { cursorPage } from '../../_shared/cursor';
import { toCard } from './wish-views';

/** A page of wish cards ordered by `orderField` desc, _id desc. */
export function wishPage(found: WishDoc[], orderField: 'publishedAt' | 'createdAt', now: Date): WishPage {
  const page = cursorPage(found, (wish) => ({ at: new Date(wish[orderField] ?? wish.createdAt), id: wish._id }));
  return { items: page.items.map((wish) => toCard(wish, now)), nextCursor: page.nextCursor };
}
