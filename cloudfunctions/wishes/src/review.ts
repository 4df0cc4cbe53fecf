import { canOnWish } from '../../../types/permissions-wishes';
import { canTransition, reviewWishInput } from '../../../types/wish';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { database } from '../../_shared/runtime';
import { factsOf, loadWish, requesterSide, transitionWish } from '../../_shared/wishes/wish-store';
import { toDetail } from './wish-views';

/** The community reviews a filed wish: publish it on the wall, or reject it with a reason. */
export const review = defineAction({
  input: reviewWishInput,
  access: { kind: 'registered' },
  async run({ openid, actor }, input) {
    const wish = await loadWish(input.id);
    if (!wish || !canOnWish(actor, 'view', factsOf(wish))) throw new AppError('NOT_FOUND');
    if (!canOnWish(actor, 'review', factsOf(wish))) throw new AppError('FORBIDDEN');
    const transition = input.approve ? 'approve' : 'reject';
    if (!canTransition(transition, wish.status)) throw new AppError('INVALID_STATE', '该心愿不在待审核状态');

    const db = database();
    const to = input.approve ? 'published' : 'rejected';
    const reason = input.approve ? null : (input.reason ?? null);
    const reviewedAt = new Date();
    const changes: Record<string, unknown> = { review: { by: openid, at: reviewedAt, reason } };
    if (input.approve) changes.publishedAt = db.serverDate();
    const won = await transitionWish({
      wish,
      changes,
      action: input.approve ? 'wish.published' : 'wish.rejected',
      to,
      actorOpenid: openid,
      actorLabel: '社区',
      note: reason,
      recipients: requesterSide(wish),
    });
    if (!won) throw new AppError('INVALID_STATE', '该心愿不在待审核状态');
    const now = new Date();
    return toDetail({ ...wish, status: to, review: { by: openid, at: now, reason }, publishedAt: input.approve ? now : null }, actor, [], now);
  },
});
