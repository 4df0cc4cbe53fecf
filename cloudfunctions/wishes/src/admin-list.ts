import type { Actor } from '../../../types/actor';
import { isStaff } from '../../../types/roles';
import type { WishDoc } from '../../../types/wish';
import { adminListWishesInput } from '../../../types/wish';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { PAGE_SIZE } from '../../_shared/paging';
import { database, rows } from '../../_shared/runtime';
import { after, positionOf } from '../../_shared/cursor';
import { wishPage } from './wish-page';
import { WISHES } from '../../_shared/wishes/wish-store';

/** What each kind of staff oversees: the community, the street, or their own grid. */
function staffScope(actor: Actor): Record<string, string> {
  if (actor.roles.includes('community_admin') && actor.communityId) return { communityId: actor.communityId };
  if (actor.roles.includes('street_admin') && actor.streetId) return { streetId: actor.streetId };
  if (actor.communityId && actor.gridId) return { communityId: actor.communityId, gridId: actor.gridId };
  throw new AppError('FORBIDDEN');
}

/** The 管理 tab's lists: every wish in the caller's scope, by status (the review queue is `pending_review`), newest first. */
export const adminList = defineAction({
  input: adminListWishesInput,
  access: { kind: 'actor', allow: (actor) => isStaff(actor.roles) },
  async run({ actor }, input) {
    const db = database();
    const _ = db.command;
    const position = positionOf(input.cursor);
    const filter: Record<string, unknown> = { ...staffScope(actor) };
    if (input.status) filter.status = input.status;
    const where = position ? _.and([filter, after(db, 'createdAt', position)]) : filter;
    const found = await rows<WishDoc>(
      db.collection(WISHES).where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(PAGE_SIZE + 1),
    );
    return wishPage(found, 'createdAt', new Date());
  },
});
