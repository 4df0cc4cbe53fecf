import { canOnUsers } from '../../../types/permissions-users';
import type { Role } from '../../../types/roles';
import { COMMUNITY_ASSIGNABLE_ROLES, sortRoles } from '../../../types/roles';
import { setRolesInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { database } from '../../_shared/runtime';
import { applyTransitionOrRefuse } from '../../_shared/transition';
import { USERS, loadUser } from '../../_shared/users-repository';
import { toUserSummary } from './user-summary';

/** Everyone stays a resident, and roles a community admin cannot grant (street admin) stay as they were. */
function nextRoles(current: readonly Role[], wanted: readonly Role[]): Role[] {
  const kept = current.filter((role) => !COMMUNITY_ASSIGNABLE_ROLES.includes(role));
  return sortRoles(['resident', ...wanted, ...kept]);
}

/** A community admin sets the roles of a user of their own community. */
export const setRoles = defineAction({
  input: setRolesInput,
  access: { kind: 'actor', allow: (actor) => actor.roles.includes('community_admin') },
  async run({ openid, actor }, input) {
    const refused = input.roles.filter((role) => !COMMUNITY_ASSIGNABLE_ROLES.includes(role));
    if (refused.length > 0) throw new AppError('ROLE_NOT_ASSIGNABLE', undefined, { roles: refused });
    const target = await loadUser(input.openid);
    if (!target) throw new AppError('NOT_FOUND', '找不到该用户');
    if (!canOnUsers(actor, 'setRoles', target)) throw new AppError('FORBIDDEN');
    const roles = nextRoles(target.roles, input.roles);
    if (target._id === openid && !roles.includes('community_admin')) throw new AppError('CANNOT_DEMOTE_SELF');

    const db = database();
    const patch: Record<string, unknown> = { roles };
    const volunteerGranted = roles.includes('volunteer') && target.volunteer.status !== 'approved';
    const volunteerRevoked = !roles.includes('volunteer') && target.volunteer.status === 'approved';
    if (volunteerGranted) Object.assign(patch, { 'volunteer.status': 'approved', 'volunteer.reviewedAt': db.serverDate(), 'volunteer.reviewedBy': openid });
    if (volunteerRevoked) patch['volunteer.status'] = 'none';

    // Guarded on the roles read above: of two admins editing at once, the second is told to reload.
    const event = {
      itemType: 'user' as const,
      itemId: target._id,
      communityId: target.communityId,
      action: 'user.roles_changed',
      from: target.roles.join(','),
      to: roles.join(','),
      actorOpenid: openid,
      actorLabel: '社区',
      note: null,
      recipients: [target._id],
    };
    await applyTransitionOrRefuse({ collection: USERS, item: target, guard: { _id: target._id, communityId: actor.communityId, roles: target.roles }, changes: patch, event }, 'INVALID_STATE');
    const volunteerStatus = volunteerGranted ? 'approved' : volunteerRevoked ? 'none' : target.volunteer.status;
    return toUserSummary({ ...target, roles, volunteer: { ...target.volunteer, status: volunteerStatus } });
  },
});
