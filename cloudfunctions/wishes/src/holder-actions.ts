import { identityOnly } from '../../../types/actor';
import type { WishPermission } from '../../../types/permissions-wishes';
import { canOnWish, transitionOf } from '../../../types/permissions-wishes';
import type { WishAction, WishDoc, WishStatusChange } from '../../../types/wish';
import { WISH_TRANSITIONS, canTransition, fulfilWishInput, wishIdInput } from '../../../types/wish';
import { filerLabel } from '../../../types/filer';
import { defineAction } from '../../_shared/action';
import { assertContentAllowed } from '../../_shared/content-security';
import { hideFailedPhotos } from '../../_shared/media-check-verdict';
import { checkPhotos } from '../../_shared/photos';
import { AppError } from '../../_shared/errors';
import { markClaimSlotsMoving, releaseClaimSlot } from '../../_shared/wishes/claim-slots';
import { refusalFor } from '../../_shared/wishes/refusals';
import { factsOf, loadWish, requesterSide, transitionWish } from '../../_shared/wishes/wish-store';

const REFUSALS: Partial<Record<WishPermission, string>> = {
  cancelClaim: '您没有认领这个心愿',
  fulfil: '您没有认领这个心愿',
  withdraw: '只有提交人可以撤回心愿',
  confirm: '只有受助人或代提交的网格员、楼栋长可以确认',
};

/**
 * Loads the wish and checks, by identity alone, that the caller may take `action` on it now.
 * Actions of this kind need no read of the caller's profile.
 */
export async function wishForIdentity(openid: string, id: string, action: WishAction): Promise<WishDoc> {
  const wish = await loadWish(id);
  if (!wish) throw new AppError('NOT_FOUND');
  if (!canOnWish(identityOnly(openid), action, factsOf(wish))) {
    throw await refusalFor(openid, wish, () => new AppError('FORBIDDEN', REFUSALS[action]));
  }
  if (!canTransition(transitionOf(action), wish.status)) throw new AppError('INVALID_STATE');
  return wish;
}

/**
 * Ends the caller's hold on a claimed wish: the guarded update (only while they still hold it),
 * their claim slot given back, and the event the requester is told of.
 */
async function endHold(wish: WishDoc, openid: string, action: 'cancelClaim' | 'fulfil', changes: Record<string, unknown>, event: { name: string; note?: string }) {
  const to = WISH_TRANSITIONS[action].to;
  await markClaimSlotsMoving(openid);
  const won = await transitionWish({
    wish,
    guard: { _id: wish._id, status: 'claimed', 'claim.volunteerOpenid': openid },
    changes,
    action: event.name,
    to,
    actorOpenid: openid,
    actorLabel: '志愿者',
    note: event.note,
    recipients: requesterSide(wish),
  });
  if (!won) throw new AppError('INVALID_STATE');
  await releaseClaimSlot(openid);
  const result: WishStatusChange = { id: wish._id, status: to };
  return result;
}

/** The volunteer gives the wish back to the wall. */
export const cancelClaim = defineAction({
  input: wishIdInput,
  access: { kind: 'identified' },
  async run({ openid }, input) {
    const wish = await wishForIdentity(openid, input.id, 'cancelClaim');
    return endHold(wish, openid, 'cancelClaim', { claim: null }, { name: 'wish.claim_cancelled' });
  },
});

/** The volunteer reports the wish fulfilled, with a note and photos as proof; the beneficiary confirms next. */
export const fulfil = defineAction({
  input: fulfilWishInput,
  access: { kind: 'identified' },
  async run({ openid }, input) {
    const wish = await wishForIdentity(openid, input.id, 'fulfil');
    await assertContentAllowed(openid, { note: input.note });
    await checkPhotos(openid, input.photos, { itemType: 'fulfilment', itemId: wish._id });
    const fulfilment = { note: input.note, photos: input.photos ?? [], at: new Date() };
    const result = await endHold(wish, openid, 'fulfil', { fulfilment }, { name: 'wish.fulfilled', note: input.note });
    if (fulfilment.photos.length > 0) await hideFailedPhotos('fulfilment', wish._id);
    return result;
  },
});

/** Whoever filed the wish takes it back, before anyone has claimed it. */
export const withdraw = defineAction({
  input: wishIdInput,
  access: { kind: 'identified' },
  async run({ openid }, input) {
    const wish = await wishForIdentity(openid, input.id, 'withdraw');
    const to = WISH_TRANSITIONS.withdraw.to;
    const won = await transitionWish({ wish, action: 'wish.withdrawn', to, actorOpenid: openid, actorLabel: filerLabel(wish), recipients: requesterSide(wish) });
    if (!won) throw new AppError('INVALID_STATE', '心愿状态已变化（可能已被认领），不能撤回');
    const result: WishStatusChange = { id: wish._id, status: to };
    return result;
  },
});
