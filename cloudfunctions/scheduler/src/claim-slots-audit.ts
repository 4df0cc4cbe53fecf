import type { UserDoc } from '../../../types/user';
import { database, rows } from '../../_shared/runtime';
import type { TimerRun } from '../../_shared/timer';
import { hasTime } from '../../_shared/timer';
import { applyTransition } from '../../_shared/transition';
import { USERS } from '../../_shared/users-repository';
import { WISHES } from '../../_shared/wishes/wish-store';

/** Volunteers checked per page. */
const PAGE = 100;
/** A counter changed this recently may belong to a claim still being written: it is left for the next run. */
const SETTLE_MS = 10 * 60 * 1000;

interface Held {
  _id: string;
  held: number;
}

/** How many claimed wishes each of these volunteers holds. */
async function claimsHeld(openids: string[]): Promise<Map<string, number>> {
  const db = database();
  const $ = db.command.aggregate;
  const result = (await db
    .collection(WISHES)
    .aggregate()
    .match({ status: 'claimed', 'claim.volunteerOpenid': db.command.in(openids) })
    .group({ _id: '$claim.volunteerOpenid', held: $.sum(1) })
    .limit(openids.length)
    .end()) as { list?: Held[] };
  return new Map((result.list ?? []).map((row) => [row._id, row.held]));
}

function correct(user: UserDoc, truth: number): Promise<boolean> {
  return applyTransition({
    collection: USERS,
    item: user,
    guard: { _id: user._id, activeClaims: user.activeClaims },
    changes: { activeClaims: truth },
    event: {
      itemType: 'user',
      itemId: user._id,
      communityId: user.communityId,
      action: 'volunteer.claim_slots_corrected',
      from: String(user.activeClaims),
      to: String(truth),
      actorOpenid: '',
      actorLabel: '系统',
      note: null,
    },
  });
}

/**
 * A claim changes two documents (the wish, and the volunteer's slot counter) in separate writes; an
 * instance that dies between them leaves a counter that disagrees with the claims really held — a
 * volunteer a slot short for good, or one over the limit. This recounts, page by page in `_id` order, every
 * volunteer, and puts such counters right. A counter that moved in the last minutes is skipped: its claim
 * may still be on its way.
 */
export async function auditClaimSlots(run: TimerRun): Promise<Record<string, number>> {
  const db = database();
  const _ = db.command;
  const settledBefore = new Date(run.now.getTime() - SETTLE_MS);
  let corrected = 0;
  let after = '';
  while (hasTime(run)) {
    const volunteers = await rows<UserDoc>(db.collection(USERS).where({ roles: 'volunteer', _id: _.gt(after) }).orderBy('_id', 'asc').limit(PAGE));
    if (volunteers.length === 0) break;
    const settled = volunteers.filter((user) => !user.claimSlotsChangedAt || new Date(user.claimSlotsChangedAt) < settledBefore);
    const held = settled.length > 0 ? await claimsHeld(settled.map((user) => user._id)) : new Map<string, number>();
    for (const user of settled) {
      const truth = held.get(user._id) ?? 0;
      if ((user.activeClaims ?? 0) !== truth && (await correct(user, truth))) corrected += 1;
    }
    after = volunteers[volunteers.length - 1]!._id;
    if (volunteers.length < PAGE) break;
  }
  return { corrected };
}
