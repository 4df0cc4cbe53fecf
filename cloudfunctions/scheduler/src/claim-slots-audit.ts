import type { UserDoc } from '../../../types/user';
import { appendEvent } from '../../_shared/events';
import { changedOne, database, rows } from '../../_shared/runtime';
import { USERS } from '../../_shared/users-repository';
import { WISHES } from '../../_shared/wishes/wish-store';

/** Volunteers checked per page; one run goes through at most this many pages. */
const PAGE = 100;
const MAX_PAGES = 20;
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

async function correct(user: UserDoc, truth: number): Promise<boolean> {
  const db = database();
  const result = await db.collection(USERS).where({ _id: user._id, activeClaims: user.activeClaims }).update({ data: { activeClaims: truth } });
  if (!changedOne(result)) return false;
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
  return true;
}

/**
 * A claim changes two documents (the wish, and the volunteer's slot counter) in separate writes; an
 * instance that dies between them leaves a counter above the claims really held, and the volunteer a slot
 * short for good. This recounts, page by page, the volunteers counted as holding claims and puts such
 * counters right. A counter that moved in the last minutes is skipped: its claim may still be on its way.
 */
export async function auditClaimSlots(now: Date): Promise<Record<string, number>> {
  const db = database();
  const _ = db.command;
  const settledBefore = new Date(now.getTime() - SETTLE_MS);
  let corrected = 0;
  let after = '';
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const counted = await rows<UserDoc>(
      db.collection(USERS).where({ activeClaims: _.gt(0), _id: _.gt(after) }).orderBy('_id', 'asc').limit(PAGE),
    );
    if (counted.length === 0) break;
    const settled = counted.filter((user) => !user.claimSlotsChangedAt || new Date(user.claimSlotsChangedAt) < settledBefore);
    const held = settled.length > 0 ? await claimsHeld(settled.map((user) => user._id)) : new Map<string, number>();
    for (const user of settled) {
      const truth = held.get(user._id) ?? 0;
      if (user.activeClaims > truth && (await correct(user, truth))) corrected += 1;
    }
    after = counted[counted.length - 1]!._id;
    if (counted.length < PAGE) break;
  }
  return { corrected };
}
