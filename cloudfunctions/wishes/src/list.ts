import type { WishDoc } from '../../../types/wish';
import { WALL_STATUSES, listWishesInput } from '../../../types/wish';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { database } from '../../_shared/runtime';
import { readNewestFirst } from '../../_shared/cursor';
import { wishPage } from './wish-page';
import { WISHES } from '../../_shared/wishes/wish-store';

/** The wish wall: published and claimed wishes of the caller's community (a street admin: the street), newest first. */
export const list = defineAction({
  input: listWishesInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const _ = database().command;
    const scope =
      actor.roles.includes('street_admin') && actor.streetId
        ? { streetId: actor.streetId }
        : actor.communityId
          ? { communityId: actor.communityId }
          : null;
    if (!scope) throw new AppError('PROFILE_INCOMPLETE');

    const filter: Record<string, unknown> = { ...scope, status: _.in([...WALL_STATUSES]) };
    if (input.category) filter.category = input.category;
    if (input.beneficiaryType) filter.beneficiaryType = input.beneficiaryType;
    if (input.gridId) filter.gridId = input.gridId;
    return wishPage(await readNewestFirst<WishDoc>(WISHES, filter, 'publishedAt', input.cursor), new Date());
  },
});
