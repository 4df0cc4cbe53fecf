import { canOnWish } from '../../../types/permissions-wishes';
import type { ClaimResult, WishDoc } from '../../../types/wish';
import { wishIdInput } from '../../../types/wish';
import { defineAction } from '../../_shared/action';
import { config } from '../../_shared/config';
import { AppError } from '../../_shared/errors';
import { releaseClaimSlot, reserveClaimSlot } from '../../_shared/wishes/claim-slots';
import { refusalFor } from '../../_shared/wishes/refusals';
import { factsOf, loadWish, requesterSide, transitionWish } from '../../_shared/wishes/wish-store';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Why the slot could not be taken, told in the order a volunteer would want to hear it. */
function explainRefusedSlot(openid: string, wish: WishDoc): Promise<AppError> {
  return refusalFor(openid, wish, (actor) => {
    if (!actor.roles.includes('volunteer') || actor.volunteerStatus !== 'approved') return new AppError('NOT_VOLUNTEER');
    if (!canOnWish(actor, 'claim', factsOf(wish))) return new AppError('FORBIDDEN');
    return new AppError('CLAIM_LIMIT_REACHED', `每位志愿者最多同时认领${config.wishClaimLimit}个心愿，请先完成已认领的心愿`);
  });
}

const TAKEN: readonly WishDoc['status'][] = ['claimed', 'fulfilled', 'confirmed'];

/** Why the wish could not be claimed: gone from the wall before this call, or taken by a faster volunteer. */
function stateRefusal(statusWhenRead: WishDoc['status']): AppError {
  // Published when read but no longer when written: another claim won the race.
  return statusWhenRead === 'published' || TAKEN.includes(statusWhenRead) ? new AppError('WISH_ALREADY_CLAIMED') : new AppError('INVALID_STATE');
}

/**
 * An approved volunteer of the community claims a published wish. Of any number of simultaneous claims
 * exactly one wins: the wish's status is the guard of its own update.
 */
export const claim = defineAction({
  input: wishIdInput,
  access: { kind: 'identified' },
  async run({ openid }, input) {
    const wish = await loadWish(input.id);
    if (!wish) throw new AppError('NOT_FOUND');
    if (requesterSide(wish).includes(openid)) throw new AppError('FORBIDDEN', '不能认领自己的心愿');
    // Not on the wall (any more): refused before touching the volunteer's claim slots.
    if (wish.status !== 'published') throw await refusalFor(openid, wish, () => stateRefusal(wish.status));
    if (!(await reserveClaimSlot(openid, wish.communityId))) throw await explainRefusedSlot(openid, wish);

    const claimedAt = new Date();
    const expiresAt = new Date(claimedAt.getTime() + config.wishClaimDays * DAY_MS);
    let won: boolean;
    try {
      won = await transitionWish({
        wish,
        guard: { _id: wish._id, status: 'published' },
        changes: { claim: { volunteerOpenid: openid, claimedAt, expiresAt } },
        action: 'wish.claimed',
        to: 'claimed',
        actorOpenid: openid,
        actorLabel: '志愿者',
        recipients: requesterSide(wish),
      });
    } catch (error) {
      // The write may have landed though its answer was lost: the slot stays with a claim that stands.
      if ((await loadWish(wish._id))?.claim?.volunteerOpenid !== openid) await releaseClaimSlot(openid);
      throw error;
    }
    if (!won) {
      // The slot was taken for this claim alone: a claim lost gives it back.
      await releaseClaimSlot(openid);
      throw stateRefusal(wish.status);
    }
    const result: ClaimResult = { id: wish._id, status: 'claimed', claimExpiresAt: expiresAt.toISOString() };
    return result;
  },
});
