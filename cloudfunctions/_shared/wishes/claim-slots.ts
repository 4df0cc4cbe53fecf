import { config } from '../config';
import { changedOne, database } from '../runtime';
import { USERS } from '../users-repository';

/**
 * Takes one of the volunteer's claim slots, in one conditional update that is also the permission check:
 * an approved volunteer of the wish's community, below the claim limit. False when any of it fails.
 */
export async function reserveClaimSlot(openid: string, communityId: string | null): Promise<boolean> {
  if (!communityId) return false;
  const db = database();
  const _ = db.command;
  const result = await db
    .collection(USERS)
    .where({
      _id: openid,
      communityId,
      roles: 'volunteer',
      'volunteer.status': 'approved',
      activeClaims: _.lt(config.wishClaimLimit),
    })
    .update({ data: { activeClaims: _.inc(1), claimSlotsChangedAt: db.serverDate() } });
  return changedOne(result);
}

/**
 * Marks the volunteer's counter as about to move, before a claim of theirs ends: the slot audit leaves a
 * counter that moved in the last minutes alone, so it cannot count the ended claim and then see the release
 * as well.
 */
export async function markClaimSlotsMoving(openid: string): Promise<void> {
  const db = database();
  await db.collection(USERS).doc(openid).update({ data: { claimSlotsChangedAt: db.serverDate() } });
}

/** Gives a slot back when a claim ends (fulfilled, cancelled, expired) or was never won. */
export async function releaseClaimSlot(openid: string): Promise<void> {
  const db = database();
  const _ = db.command;
  await db
    .collection(USERS)
    .where({ _id: openid, activeClaims: _.gt(0) })
    .update({ data: { activeClaims: _.inc(-1), claimSlotsChangedAt: db.serverDate() } });
}
