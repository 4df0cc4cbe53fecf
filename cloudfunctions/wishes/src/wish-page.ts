import type { Page } from '../../../types/user';
import type { WishDoc, WishPage } from '../../../types/wish';
import { toCard } from './wish-views';

/** A page of wishes as the cards lists show. */
export function wishPage(page: Page<WishDoc>, now: Date): WishPage {
  return { items: page.items.map((wish) => toCard(wish, now)), nextCursor: page.nextCursor };
}
