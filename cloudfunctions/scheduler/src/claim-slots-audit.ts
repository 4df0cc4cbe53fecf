import type { UserDoc } from '../../../types/user';
import { appendEvent } from '../../_shared/events';
import { database, rows } from '../../_shared/runtime';
import { USERS } from '../../_shared/users-repository';
import { WISHES } from '../../_shared/wishes/wish-store';

/** Volunteers holding claims, or counted as holding some, beyond this are handled by the next run. */
const MAX_VOLUNTEERS = 1000;

interface Held {
  _id: string;
  held: number;
}

/**
 * A claim changes two documents (the wish, and the volunteer's slot counter) in separate writes; an
 * instance that dies between them leaves a counter that no longer matches. This recounts the claims each
 * volunteer really holds and puts right any counter above it, so that nobody loses a slot for good.
 * Counters below it are left: a claim being made right now takes its slot before the wish changes.
 */
export async function auditClaimSlots(): Promise<Record<string, number>> {
  const db = database();
  const _ = db.command;
  const $ = _.aggregate;
  const heldResult = (await db
    .collection(WISHES)
    .aggregate()
    .match({ status: 'claimed' })
    .group({ _id: '$claim.volunteerOpenid', held: $.sum(1) })
    .limit(MAX_VOLUNTEERS)
    .end()) as { list?: Held[] };
  const held = new Map((heldResult.list ?? []).map((row) => [row._id, row.held]));
  const counted = await rows<UserDoc>(db.collection(USERS).where({ activeClaims: _.gt(0) }).limit(MAX_VOLUNTEERS));

  let corrected = 0;
  for (const user of counted) {
    const truth = held.get(user._id) ?? 0;
    if (user.activeClaims <= truth) continue;
    const result = (await db
      .collection(USERS)
      .where({ _id: user._id, activeClaims: user.activeClaims })
      .update({ data: { activeClaims: truth } })) as { stats?: { updated?: number } };
    if (result.stats?.updated !== 1) continue;
    corrected += 1;
    await appendEvent({
      itemType: 'user',
      itemId: user._id,
      communityId: user.communityId,
      action: 'volunteer.claim_slots_corrected',
      from: String(user.activeClaims),
      to: String(truth),
      actorOpenid: '',
      actorLabel: '系统',
      note: null,
    });
  }
  return { corrected };
}
