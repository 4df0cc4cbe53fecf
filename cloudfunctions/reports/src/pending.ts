import type { Actor } from '../../../types/actor';
import type { WorkbenchPending } from '../../../types/report';
import { workbenchPendingInput } from '../../../types/report';
import { defineAction } from '../../_shared/action';
import { COMPLAINTS } from '../../_shared/complaints/complaint-store';
import { MEETINGS } from '../../_shared/meetings/meeting-store';
import { overdueFilter } from '../../_shared/reports/overdue-filter';
import type { Database } from '../../_shared/runtime';
import { countWhere, database } from '../../_shared/runtime';
import { USERS } from '../../_shared/users-repository';
import { WISHES } from '../../_shared/wishes/wish-store';

type Where = Record<string, unknown>;

/** A count of what the caller has a desk for; nothing to count without one. */
const countOf = (collection: string, where: Where | null): Promise<number> => (where ? countWhere(collection, where) : Promise.resolve(0));

/** The caller's desk: the cases at their level and place (街道, 社区, 网格), or none. */
function deskOf(actor: Actor): Where | null {
  if (actor.roles.includes('street_admin') && actor.streetId) return { streetId: actor.streetId, level: 'street' };
  if (actor.roles.includes('community_admin') && actor.communityId) return { communityId: actor.communityId, level: 'community' };
  if (actor.roles.includes('grid_worker') && actor.gridId) return { gridId: actor.gridId, level: 'grid' };
  return null;
}

/** Where the caller answers for lateness: their whole street, community or grid. */
function watchOf(actor: Actor): Where | null {
  if (actor.roles.includes('street_admin') && actor.streetId) return { streetId: actor.streetId };
  if (actor.roles.includes('community_admin') && actor.communityId) return { communityId: actor.communityId };
  if (actor.roles.includes('grid_worker') && actor.gridId) return { gridId: actor.gridId };
  return null;
}

function meetingReviewsOf(actor: Actor): Where | null {
  if (actor.roles.includes('community_admin') && actor.communityId) return { communityId: actor.communityId, status: 'community_decision' };
  if (actor.roles.includes('grid_worker') && actor.gridId) return { gridId: actor.gridId, status: 'grid_review' };
  return null;
}

const and = (db: Database, where: Where | null, more: Where): Where | null => (where ? (db.command.and([where, more]) as unknown as Where) : null);

/**
 * The number on the 管理 tab: wishes and volunteers to review (community admins), topics to review or decide,
 * cases waiting for the caller's 签收, and cases of their place past a limit. Five counts, each on an index.
 */
export const pending = defineAction({
  input: workbenchPendingInput,
  access: { kind: 'registered' },
  async run({ actor }): Promise<WorkbenchPending> {
    const db = database();
    const communityAdmin = actor.roles.includes('community_admin') && actor.communityId ? actor.communityId : null;
    const [wishReviews, volunteerApplications, meetingReviews, toAccept, overdue] = await Promise.all([
      countOf(WISHES, communityAdmin ? { communityId: communityAdmin, status: 'pending_review' } : null),
      countOf(USERS, communityAdmin ? { communityId: communityAdmin, 'volunteer.status': 'pending' } : null),
      countOf(MEETINGS, meetingReviewsOf(actor)),
      countOf(COMPLAINTS, and(db, deskOf(actor), { waitingFor: 'accept' })),
      countOf(COMPLAINTS, and(db, watchOf(actor), overdueFilter(db, new Date()))),
    ]);
    return { wishReviews, volunteerApplications, meetingReviews, toAccept, overdue, total: wishReviews + volunteerApplications + meetingReviews + toAccept + overdue };
  },
});
