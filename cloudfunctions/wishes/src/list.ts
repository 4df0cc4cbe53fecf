import type { WishDoc } from '../../../types/wish';
import { WALL_STATUSES, listWishesInput } from '../../../types/wish';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { PAGE_SIZE } from '../../_shared/paging';
import { database, rows } from '../../_shared/runtime';
import { after, positionOf } from '../../_shared/cursor';
import { wishPage } from './wish-page';
import { WISHES } from '../../_shared/wishes/wish-store';

/** The wish wall: published and claimed wishes of the caller's community (a street admin: the street), newest first. */
export const list = defineAction({
  input: listWishesInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const db = database();
    const _ = db.command;
    const scope =
      actor.roles.includes('street_admin') && actor.streetId
        ? { streetId: actor.streetId }
        : actor.communityId
          ? { communityId: actor.communityId }
          : null;
    if (!scope) throw new AppError('PROFILE_INCOMPLETE');
    const position = positionOf(input.cursor);

    const filter: Record<string, unknown> = { ...scope, status: _.in([...WALL_STATUSES]) };
    if (input.category) filter.category = input.category;
    if (input.beneficiaryType) filter.beneficiaryType = input.beneficiaryType;
    if (input.gridId) filter.gridId = input.gridId;
    const where = position ? _.and([filter, after(db, 'publishedAt', position)]) : filter;

    const found = await rows<WishDoc>(
      db.collection(WISHES).where(where).orderBy('publishedAt', 'desc').orderBy('_id', 'desc').limit(PAGE_SIZE + 1),
    );
    return wishPage(found, 'publishedAt', new Date());
  },
});
