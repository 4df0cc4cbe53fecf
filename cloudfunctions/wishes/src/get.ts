import { canOnWish } from '../../../types/permissions-wishes';
import { maskName } from '../../../types/privacy';
import { wishIdInput } from '../../../types/wish';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { readTimeline } from '../../_shared/timeline';
import { loadUser } from '../../_shared/users-repository';
import { factsOf, loadWish } from '../../_shared/wishes/wish-store';
import { toDetail } from './wish-views';

/** One wish with its timeline; private details only for those the permission table allows. */
export const get = defineAction({
  input: wishIdInput,
  access: { kind: 'registered' },
  async run({ actor, user }, input) {
    const wish = await loadWish(input.id);
    // Someone who may not see a wish learns nothing about it, not even that it exists.
    if (!wish || !canOnWish(actor, 'view', factsOf(wish))) throw new AppError('NOT_FOUND');
    const [events, holder] = await Promise.all([
      readTimeline('wish', wish._id),
      wish.claim ? loadUser(wish.claim.volunteerOpenid) : Promise.resolve(null),
    ]);
    const detail = toDetail(wish, actor, events, new Date(), Boolean(user.communityId && user.name));
    if (holder) detail.claimVolunteerName = detail.beneficiary ? holder.name : maskName(holder.name);
    return detail;
  },
});
