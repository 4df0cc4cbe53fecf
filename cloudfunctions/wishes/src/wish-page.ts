import type { WishDoc, WishPage } from '../../../types/wish';
import { cursorPage } from '../../_shared/cursor';
import { toCard } from './wish-views';

/** A page of wish cards ordered by `orderField` desc, _id desc. */
export function wishPage(found: WishDoc[], orderField: 'publishedAt' | 'createdAt', now: Date): WishPage {
  const page = cursorPage(found, (wish) => {
    const at = wish[orderField];
    return at ? { at: new Date(at), id: wish._id } : null;
  });
  return { items: page.items.map((wish) => toCard(wish, now)), nextCursor: page.nextCursor };
}
