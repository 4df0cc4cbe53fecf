import type { ConfirmResult, WishDoc } from '../../../types/wish';
import { WISH_TRANSITIONS, confirmWishInput } from '../../../types/wish';
import { filerLabel } from '../../../types/filer';
import { defineAction } from '../../_shared/action';
import { config } from '../../_shared/config';
import { assertContentAllowed } from '../../_shared/content-security';
import { AppError, isDuplicateKey, isTransactionConflict } from '../../_shared/errors';
import { EVENTS } from '../../_shared/events';
import { pointsEventId } from '../../../types/event';
import { database, inTransaction } from '../../_shared/runtime';
import { USERS } from '../../_shared/users-repository';
import { wishForIdentity } from './holder-actions';
import { WISHES, loadWish, sendWishMessages, wishEventEntry } from '../../_shared/wishes/wish-store';
import type { WishEvent } from '../../_shared/wishes/wish-store';

/**
 * In one transaction: the confirmation event, which also records the credit (the points ledger is the
 * events that carry points), the wish's new status, and the volunteer's balance. The event's `_id` is the
 * credit's idempotency key, so a second confirm — even a simultaneous one — collides on it and its whole
 * transaction rolls back: the volunteer is credited once. The wish is not re-read inside the transaction:
 * `fulfilled` (checked just before) leads only to `confirmed`, so the one race left is another confirm,
 * which the key settles.
 */
async function confirmAndCredit(wish: WishDoc, openid: string, thanks: string | null, event: WishEvent): Promise<void> {
  const db = database();
  const volunteer = wish.claim?.volunteerOpenid;
  if (!volunteer) throw new AppError('INVALID_STATE');
  const points = config.wishPoints;
  await inTransaction(async (transaction) => {
    await transaction.collection(EVENTS).add({
      data: {
        ...wishEventEntry(event),
        _id: pointsEventId(event.action, wish._id),
        points: { openid: volunteer, delta: points },
        at: db.serverDate(),
      },
    });
    await transaction
      .collection(WISHES)
      .doc(wish._id)
      .update({ data: { status: 'confirmed', confirmation: { by: openid, at: db.serverDate(), thanks }, updatedAt: db.serverDate() } });
    await transaction.collection(USERS).doc(volunteer).update({ data: { points: db.command.inc(points), updatedAt: db.serverDate() } });
  });
}

/** The beneficiary (or the grid worker who filed for them) confirms; the volunteer is credited points once. */
export const confirm = defineAction({
  input: confirmWishInput,
  access: { kind: 'identified' },
  async run({ openid }, input) {
    const wish = await wishForIdentity(openid, input.id, 'confirm');
    await assertContentAllowed(openid, { thanks: input.thanks });
    const thanks = input.thanks ?? null;
    const to = WISH_TRANSITIONS.confirm.to;
    const volunteer = wish.claim?.volunteerOpenid ?? '';
    const event: WishEvent = { wish, action: 'wish.confirmed', to, actorOpenid: openid, actorLabel: openid === wish.beneficiary.openid ? '受助人' : filerLabel(wish), note: thanks, recipients: [volunteer] };
    try {
      await confirmAndCredit(wish, openid, thanks, event);
    } catch (error) {
      if (!isDuplicateKey(error) && !isTransactionConflict(error)) throw error;
      const now = await loadWish(wish._id);
      if (now?.status === 'confirmed') throw new AppError('INVALID_STATE', '这个心愿已经确认过了');
      throw new AppError('INTERNAL', '确认的人太多了，请稍后再试');
    }
    await sendWishMessages(event);
    const result: ConfirmResult = { id: wish._id, status: to, pointsCredited: config.wishPoints };
    return result;
  },
});

