import type { ComplaintDoc } from '../../../types/complaint';
import type { GridDoc } from '../../../types/org';
import type { UserDoc } from '../../../types/user';
import { COMPLAINTS } from '../../_shared/complaints/complaint-store';
import { ORG_COLLECTIONS } from '../../_shared/org-repository';
import { database } from '../../_shared/runtime';
import { USERS } from '../../_shared/users-repository';

export interface DispatchTargets {
  complaint: ComplaintDoc | null;
  grid: GridDoc | null;
  assignee: UserDoc | null;
}

interface Joined extends ComplaintDoc {
  targetGrid: GridDoc[];
  targetUser: UserDoc[];
}

/**
 * The case with the grid and the person it is to be sent to, in one read: the wanted ids are added to the case
 * as literals and joined on (`$literal`, so an id is never taken for a field path).
 */
export async function loadDispatchTargets(id: string, gridId: string | null, assigneeOpenid: string | null): Promise<DispatchTargets> {
  const db = database();
  const $ = db.command.aggregate;
  const result = (await db
    .collection(COMPLAINTS)
    .aggregate()
    .match({ _id: id })
    .limit(1)
    .addFields({ targetGridId: $.literal(gridId), targetUserId: $.literal(assigneeOpenid) })
    .lookup({ from: ORG_COLLECTIONS.grids, localField: 'targetGridId', foreignField: '_id', as: 'targetGrid' })
    .lookup({ from: USERS, localField: 'targetUserId', foreignField: '_id', as: 'targetUser' })
    .project({ targetGridId: 0, targetUserId: 0 })
    .end()) as { list?: Joined[] };
  const found = result.list?.[0];
  if (!found) return { complaint: null, grid: null, assignee: null };
  const { targetGrid, targetUser, ...complaint } = found;
  return { complaint, grid: targetGrid[0] ?? null, assignee: targetUser[0] ?? null };
}
