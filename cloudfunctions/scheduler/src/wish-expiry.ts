import type { WishDoc } from '../../../types/wish';
import { WISH_TRANSITIONS } from '../../../types/wish';
import { database } from '../../_shared/runtime';
import type { TimerRun } from '../../_shared/timer';
import { markClaimSlotsMoving, releaseClaimSlot } from '../../_shared/wishes/claim-slots';
import { WISHES, requesterSide, transitionWish } from '../../_shared/wishes/wish-store';
import { workThroughDue } from './due-work';

const SYSTEM = { actorOpenid: '', actorLabel: '系统' };

/** Claims not fulfilled in time go back to the wall; the volunteer and the requester are told. */
export async function expireClaims(run: TimerRun): Promise<Record<string, number>> {
  const _ = database().command;
  const { done, failed, left } = await workThroughDue<WishDoc>(run, {
    collection: WISHES,
    filter: { status: 'claimed', 'claim.expiresAt': _.lt(run.now) },
    orderBy: 'claim.expiresAt',
    async handle(wish) {
      const volunteer = wish.claim?.volunteerOpenid ?? '';
      if (volunteer) await markClaimSlotsMoving(volunteer);
      const won = await transitionWish({
        wish,
        guard: { _id: wish._id, status: 'claimed', 'claim.volunteerOpenid': volunteer, 'claim.expiresAt': _.lt(run.now) },
        changes: { claim: null },
        action: 'wish.claim_expired',
        to: WISH_TRANSITIONS.expireClaim.to,
        ...SYSTEM,
        note: '认领超时未完成，心愿已重新发布',
        recipients: [...requesterSide(wish), volunteer],
      });
      if (won) await releaseClaimSlot(volunteer);
      return won;
    },
  });
  return { returned: done, failed, left };
}

/** Published wishes past their wanted-by day are closed as expired; the requester is told. */
export async function expireWishes(run: TimerRun): Promise<Record<string, number>> {
  const _ = database().command;
  const { done, failed, left } = await workThroughDue<WishDoc>(run, {
    collection: WISHES,
    filter: { status: 'published', wantedBy: _.lt(run.now) },
    orderBy: 'wantedBy',
    handle: (wish) =>
      transitionWish({
        wish,
        guard: { _id: wish._id, status: 'published', wantedBy: _.lt(run.now) },
        action: 'wish.expired',
        to: WISH_TRANSITIONS.expire.to,
        ...SYSTEM,
        note: '已过期望完成日期',
        recipients: requesterSide(wish),
      }),
  });
  return { expired: done, failed, left };
}
