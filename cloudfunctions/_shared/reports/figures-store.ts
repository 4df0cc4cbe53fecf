import type { ComplaintDoc } from '../../../types/complaint';
import type { MeetingDoc } from '../../../types/meeting';
import type { CommunityDoc, GridDoc } from '../../../types/org';
import type { FiguresDoc, GridFigures } from '../../../types/report';
import { complaintTally, meetingTally, wishTally } from '../../../types/report-figures';
import { monthOf, monthRange } from '../../../types/report-month';
import type { WishDoc } from '../../../types/wish';
import { COMPLAINTS } from '../complaints/complaint-store';
import { config } from '../config';
import { MEETINGS } from '../meetings/meeting-store';
import { ORG_COLLECTIONS, listAll } from '../org-repository';
import { database } from '../runtime';
import { WISHES } from '../wishes/wish-store';
import { forEachActiveVolunteer } from './active-volunteers';
import { TallyAccumulator } from './month-figures';
import { forEachPage } from './read-all';

export const REPORT_FIGURES = 'report_figures';

export const UNPLACED_GRID_NAME = '未分网格';

export function figuresId(communityId: string, month: string): string {
  return `${communityId}:${month}`;
}

interface Row {
  gridId: string | null;
  gridName: string | null;
  tallies: TallyAccumulator;
}

/** The rows of a community's month, one per grid (in the community's order) and one for items placed in none. */
class GridRows {
  private readonly byGrid = new Map<string, Row>();

  constructor(grids: readonly GridDoc[]) {
    for (const grid of [...grids].sort((a, b) => a.order - b.order)) this.byGrid.set(grid._id, { gridId: grid._id, gridName: grid.name, tallies: new TallyAccumulator() });
  }

  of(item: { gridId: string | null; gridName: string | null }): TallyAccumulator {
    const key = item.gridId ?? '';
    let row = this.byGrid.get(key);
    if (!row) {
      row = { gridId: item.gridId, gridName: item.gridName ?? UNPLACED_GRID_NAME, tallies: new TallyAccumulator() };
      this.byGrid.set(key, row);
    }
    return row.tallies;
  }

  all(): GridFigures[] {
    return [...this.byGrid.values()].map((row) => ({ gridId: row.gridId, gridName: row.gridName, ...row.tallies.tallies() }));
  }
}

/**
 * Counts one community's month from its items, as of `now`: the complaints and wishes received in it, the
 * volunteers who claimed or fulfilled a wish in it, the topics proposed or met in it. Every read pages through the month in (createdAt, _id) order.
 */
export async function countCommunityMonth(community: CommunityDoc, grids: readonly GridDoc[], month: string, now: Date): Promise<FiguresDoc> {
  const db = database();
  const _ = db.command;
  const { start, end } = monthRange(month);
  const inMonth = _.gte(start).and(_.lt(end));
  const gridRows = new GridRows(grids);
  const points = config.wishPoints;
  await forEachPage<ComplaintDoc>(COMPLAINTS, { communityId: community._id, createdAt: inMonth }, 'createdAt', (page) => {
    for (const complaint of page) {
      gridRows.of(complaint).addComplaint(complaintTally(complaint, now));
    }
  });
  await forEachPage<WishDoc>(WISHES, { communityId: community._id, createdAt: inMonth }, 'createdAt', (page) => {
    for (const wish of page) {
      gridRows.of(wish).addWish(wishTally(wish, points));
    }
  });
  await forEachActiveVolunteer({ communityId: community._id }, month, (wish, openid) => gridRows.of(wish).addVolunteer(openid));
  const metOrProposed = _.and([{ communityId: community._id }, _.or([{ proposedAt: inMonth }, { 'meeting.startsAt': inMonth }])]);
  await forEachPage<MeetingDoc>(MEETINGS, metOrProposed as unknown as Record<string, unknown>, 'createdAt', (page) => {
    for (const topic of page) {
      gridRows.of(topic).addMeeting(meetingTally(topic, month, monthOf));
    }
  });
  return {
    _id: figuresId(community._id, month),
    streetId: community.streetId,
    communityId: community._id,
    communityName: community.name,
    month,
    grids: gridRows.all(),
    computedAt: now,
  };
}

/** A community's grids: one read (a run counting several of its months reads them once). */
export function gridsOf(communityId: string): Promise<GridDoc[]> {
  return listAll<GridDoc>(ORG_COLLECTIONS.grids, { communityId });
}

/** Counts the month again and stores it whole, replacing the last count. */
export async function recountCommunityMonth(community: CommunityDoc, grids: readonly GridDoc[], month: string, now: Date): Promise<FiguresDoc> {
  const figures = await countCommunityMonth(community, grids, month, now);
  const { _id, ...data } = figures;
  await database().collection(REPORT_FIGURES).doc(_id).set({ data });
  return figures;
}
