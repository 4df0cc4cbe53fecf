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
import { wholeFields } from '../../_shared/transition';
import { USERS } from '../../_shared/users-repository';
import { wishForIdentity } from './holder-actions';
import { WISHES, loadWish, sendWishMessages, wishEventEntry } from '../../_shared/wishes/wish-store';
import type { WishEvent } from '../../_shared/wishes/wish-store';

/**
 * In one transaction: the confirmation event, which also records the credit (the points ledger is the
 * events that carry points), the wish's new status, and the volunteer's balance. The wish is read inside
 * the transaction and must still be `fulfilled`. A simultaneous second confirm fails at once on the
 * document lock the first one holds (or on the event's key, which is the credit's idempotency key), and its
 * whole transaction rolls back: the volunteer is credited once.
 */
async function confirmAndCredit(wish: WishDoc, openid: string, thanks: string | null, event: WishEvent): Promise<void> {
  const db = database();
  const volunteer = wish.claim?.volunteerOpenid;
  if (!volunteer) throw new AppError('INVALID_STATE');
  const points = config.wishPoints;
  await inTransaction(async (transaction) => {
    const current = (await transaction.collection(WISHES).doc(wish._id).get()) as { data?: Pick<WishDoc, 'status'> };
    if (current.data?.status !== 'fulfilled') throw new AppError('INVALID_STATE', ALREADY_CONFIRMED);
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
      .update({ data: wholeFields({ status: 'confirmed', confirmation: { by: openid, at: new Date(), thanks }, updatedAt: db.serverDate() }) });
    await transaction.collection(USERS).doc(volunteer).update({ data: { points: db.command.inc(points), updatedAt: db.serverDate() } });
  });
}

const ALREADY_CONFIRMED = '这个心愿已经确认过了';
/** How long a confirm that lost waits to see the winner's outcome before asking the caller to retry. */
const SETTLE_ATTEMPTS = 5;
const SETTLE_PAUSE_MS = 200;

/** The answer for a confirm that lost to a simultaneous one: already confirmed, or busy when that is not yet known. */
async function lostConfirmRace(wishId: string): Promise<AppError> {
  for (let attempt = 0; attempt < SETTLE_ATTEMPTS; attempt += 1) {
    if ((await loadWish(wishId))?.status === 'confirmed') return new AppError('INVALID_STATE', ALREADY_CONFIRMED);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_PAUSE_MS));
  }
  return new AppError('BUSY');
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
      throw await lostConfirmRace(wish._id);
    }
    await sendWishMessages(event);
    const result: ConfirmResult = { id: wish._id, status: to, pointsCredited: config.wishPoints };
    return result;
  },
});

