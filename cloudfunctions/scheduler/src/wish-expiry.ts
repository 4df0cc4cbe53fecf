import type { WishDoc } from '../../../types/wish';
import { WISH_TRANSITIONS } from '../../../types/wish';
import { database, rows } from '../../_shared/runtime';
import { releaseClaimSlot } from '../../_shared/wishes/claim-slots';
import { WISHES, recordWishEvent, requesterSide, updateWishIf } from '../../_shared/wishes/wish-store';

const BATCH = 100;
/** One run handles at most this many per job; the next hour's run takes the rest. */
const MAX_BATCHES = 10;

const SYSTEM = { actorOpenid: '', actorLabel: '系统' };

async function eachDue(filter: Record<string, unknown>, handle: (wish: WishDoc) => Promise<boolean>): Promise<number> {
  let done = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const due = await rows<WishDoc>(database().collection(WISHES).where(filter).orderBy('_id', 'asc').limit(BATCH));
    for (const wish of due) if (await handle(wish)) done += 1;
    if (due.length < BATCH) break;
  }
  return done;
}

/** Claims not fulfilled in time go back to the wall; the volunteer and the requester are told. */
export async function expireClaims(now: Date): Promise<Record<string, number>> {
  const _ = database().command;
  const returned = await eachDue({ status: 'claimed', 'claim.expiresAt': _.lt(now) }, async (wish) => {
    const volunteer = wish.claim?.volunteerOpenid ?? '';
    const to = WISH_TRANSITIONS.expireClaim.to;
    const won = await updateWishIf(
      { _id: wish._id, status: 'claimed', 'claim.volunteerOpenid': volunteer, 'claim.expiresAt': _.lt(now) },
      { status: to, claim: null },
    );
    if (!won) return false;
    await releaseClaimSlot(volunteer);
    await recordWishEvent({ wish, action: 'wish.claim_expired', to, ...SYSTEM, note: '认领超时未完成，心愿已重新发布', recipients: [...requesterSide(wish), volunteer] });
    return true;
  });
  return { returned };
}

/** Published wishes past their wanted-by day are closed as expired; the requester is told. */
export async function expireWishes(now: Date): Promise<Record<string, number>> {
  const _ = database().command;
  const expired = await eachDue({ status: 'published', wantedBy: _.lt(now) }, async (wish) => {
    const to = WISH_TRANSITIONS.expire.to;
    if (!(await updateWishIf({ _id: wish._id, status: 'published', wantedBy: _.lt(now) }, { status: to }))) return false;
    await recordWishEvent({ wish, action: 'wish.expired', to, ...SYSTEM, note: '已过期望完成日期', recipients: requesterSide(wish) });
    return true;
  });
  return { expired };
}
