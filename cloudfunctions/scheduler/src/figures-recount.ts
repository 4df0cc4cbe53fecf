import type { CommunityDoc, GridDoc } from '../../../types/org';
import { monthOf, shiftMonth } from '../../../types/report-month';
import { COMPLAINTS } from '../../_shared/complaints/complaint-store';
import { MEETINGS } from '../../_shared/meetings/meeting-store';
import { ORG_COLLECTIONS, listAll } from '../../_shared/org-repository';
import { gridsOf, recountCommunityMonth } from '../../_shared/reports/figures-store';
import { forEachPage } from '../../_shared/reports/read-all';
import { database, findById } from '../../_shared/runtime';
import type { TimerRun } from '../../_shared/timer';
import { hasTime } from '../../_shared/timer';
import { WISHES } from '../../_shared/wishes/wish-store';

export const REPORT_MARKS = 'report_marks';
const RECOUNT_MARK = 'recount';

/**
 * A change stamped just before a run began may be written just after the run looked for changes: the next
 * run looks back this much further than the last one started, so that no such change is missed.
 */
const OVERLAP_MS = 60_000;

interface RecountMark {
  _id: string;
  /** When the last run began (less the overlap): changes after it are still to count. */
  since: Date;
  /** `<communityId>|<YYYY-MM>` pairs a run found to count and had no time left for, oldest first. */
  pending?: string[];
}

interface Dated {
  _id: string;
  communityId: string | null;
  createdAt: Date;
  proposedAt?: Date;
  meeting?: { startsAt: Date } | null;
  claim?: { claimedAt: Date } | null;
  fulfilment?: { at: Date } | null;
}

/** The (community, month) pairs whose items changed since `since`: a change may move any figure of its month. */
async function changedMonths(since: Date | null): Promise<Set<string>> {
  const _ = database().command;
  const pairs = new Set<string>();
  const filter = { updatedAt: _.gt(since ?? new Date(0)) };
  const note = (communityId: string | null, at: Date | null | undefined) => {
    if (communityId && at) pairs.add(`${communityId}|${monthOf(at)}`);
  };
  const collect = (page: Dated[]) => {
    for (const item of page) {
      note(item.communityId, item.proposedAt ?? item.createdAt);
      // A topic counts in the month it met; a wish's volunteer in the months of the claim and the fulfilment.
      note(item.communityId, item.meeting?.startsAt);
      note(item.communityId, item.claim?.claimedAt);
      note(item.communityId, item.fulfilment?.at);
    }
  };
  const fields = { communityId: true, createdAt: true } as const;
  await forEachPage<Dated & { updatedAt: Date }>(COMPLAINTS, filter, 'updatedAt', collect, fields);
  await forEachPage<Dated & { updatedAt: Date }>(WISHES, filter, 'updatedAt', collect, { ...fields, 'claim.claimedAt': true, 'fulfilment.at': true });
  await forEachPage<Dated & { updatedAt: Date }>(MEETINGS, filter, 'updatedAt', collect, { ...fields, proposedAt: true, 'meeting.startsAt': true });
  return pairs;
}

/** Each pair once, in the order first named. */
function inOrder(...groups: string[][]): string[] {
  return [...new Set(groups.flat())];
}

/**
 * Keeps `report_figures` true: counts again every community's current and previous month (time alone moves
 * their on-time figures) and every month whose items changed since the last run. What a run has no time for is
 * kept in the mark and counted first by the next, and every run counts at least one month, so that however large
 * the backlog (a first run over years of items), the runs that follow work through it.
 */
export async function recountFigures(run: TimerRun): Promise<Record<string, number>> {
  const db = database();
  const startedAt = new Date(Date.now() - OVERLAP_MS);
  const mark = await findById<RecountMark>(REPORT_MARKS, RECOUNT_MARK);
  const communities = await listAll<CommunityDoc>(ORG_COLLECTIONS.communities, {});
  const changed = [...(await changedMonths(mark ? new Date(mark.since) : null))].sort();
  const thisMonth = monthOf(run.now);
  const recent = communities.flatMap((community) => [`${community._id}|${thisMonth}`, `${community._id}|${shiftMonth(thisMonth, -1)}`]);
  const byId = new Map(communities.map((community) => [community._id, community]));
  const pairs = inOrder(mark?.pending ?? [], changed, recent).filter((pair) => byId.has(pair.split('|')[0]!));
  const grids = new Map<string, Promise<GridDoc[]>>();
  let counted = 0;
  const left: string[] = [];
  for (const pair of pairs) {
    if (counted > 0 && !hasTime(run)) {
      left.push(pair);
      continue;
    }
    const [communityId, month] = pair.split('|') as [string, string];
    if (!grids.has(communityId)) grids.set(communityId, gridsOf(communityId));
    await recountCommunityMonth(byId.get(communityId)!, await grids.get(communityId)!, month, run.now);
    counted += 1;
  }
  await db.collection(REPORT_MARKS).doc(RECOUNT_MARK).set({ data: { since: startedAt, pending: left } });
  return { counted, left: left.length };
}
