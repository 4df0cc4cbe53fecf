import type { NamedPlacement } from '../../../types/org';
import { dispatchInput } from '../../../types/complaint';
import type { UserDoc } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { gridWorkersOf } from '../../_shared/complaints/recipients';
import { acceptDueFrom } from '../../_shared/complaints/due-times';
import { AppError } from '../../_shared/errors';
import { loadDispatchTargets } from './dispatch-targets';
import { checkForAction, commit, others, staffLabel } from './load-for-action';

const invalid = (path: string, message: string) => new AppError('INVALID_INPUT', message, [{ path, message }]);

/** A staff member of the community who can handle a case: one of its grid workers or admins. */
function isHandlerOfCommunity(user: UserDoc | null, communityId: string | null): user is UserDoc {
  return Boolean(user && user.communityId === communityId && (user.roles.includes('grid_worker') || user.roles.includes('community_admin')));
}

/**
 * 派单: the community admin sends a new or returned case to a grid of the community, or to one of its staff.
 * The 签收 time limit starts again.
 */
export const dispatch = defineAction({
  input: dispatchInput,
  access: { kind: 'registered' },
  async run({ actor }, input) {
    const now = new Date();
    const targets = await loadDispatchTargets(input.id, input.gridId ?? null, input.assigneeOpenid ?? null);
    const { complaint } = checkForAction(actor, targets.complaint, 'dispatch', now);
    const { assignee } = targets;
    const grid = targets.grid && targets.grid.communityId === complaint.communityId ? { gridId: targets.grid._id, gridName: targets.grid.name } : null;
    if (input.gridId && !grid) throw invalid('gridId', '所选网格不属于本社区');
    if (input.assigneeOpenid && !isHandlerOfCommunity(assignee, complaint.communityId)) {
      throw invalid('assigneeOpenid', '所选处理人不是本社区的工作人员');
    }
    // Without a grid named, a grid worker takes the case to their own grid; an admin keeps the case's grid.
    const target: Pick<NamedPlacement, 'gridId' | 'gridName'> = grid
      ? grid
      : assignee?.roles.includes('grid_worker') && assignee.gridId
        ? { gridId: assignee.gridId, gridName: assignee.gridName }
        : complaint;
    const told = assignee ? [assignee._id] : gridWorkersOf(target.gridId);
    return commit({
      complaint,
      action: 'complaint.dispatched',
      to: 'submitted',
      actorOpenid: actor.openid,
      actorLabel: staffLabel(actor),
      recipients: others(actor, told),
      guard: { _id: complaint._id, status: complaint.status, gridId: complaint.gridId, assigneeOpenid: complaint.assigneeOpenid },
      changes: {
        gridId: target.gridId,
        gridName: target.gridName,
        assigneeOpenid: assignee?._id ?? null,
        assigneeName: assignee?.name ?? null,
        acceptDueAt: acceptDueFrom(now, complaint.urgency),
        overdue: null,
        returned: null,
      },
    });
  },
});
