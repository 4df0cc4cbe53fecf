import { canOnUsers } from '../../../types/permissions-users';
import { reviewVolunteerInput } from '../../../types/user';
import { defineAction } from '../../_shared/action';
import { AppError } from '../../_shared/errors';
import { sendSubscribeMessages } from '../../_shared/notify';
import { database } from '../../_shared/runtime';
import { applyTransitionOrRefuse } from '../../_shared/transition';
import { USERS, loadUser } from '../../_shared/users-repository';
import { toUserSummary } from './user-summary';

/** A community admin approves (the volunteer role is added) or rejects, with a reason, a pending application. */
export const reviewVolunteer = defineAction({
  input: reviewVolunteerInput,
  access: { kind: 'actor', allow: (actor) => actor.roles.includes('community_admin') },
  async run({ openid, actor }, input) {
    const target = await loadUser(input.openid);
    if (!target) throw new AppError('NOT_FOUND', '找不到该用户');
    if (!canOnUsers(actor, 'reviewVolunteer', target)) throw new AppError('FORBIDDEN');
    if (target.volunteer.status !== 'pending') throw new AppError('NO_PENDING_APPLICATION');

    const db = database();
    const _ = db.command;
    const status = input.approve ? 'approved' : 'rejected';
    const patch: Record<string, unknown> = {
      'volunteer.status': status,
      'volunteer.reviewedAt': db.serverDate(),
      'volunteer.reviewedBy': openid,
      'volunteer.reason': input.approve ? null : (input.reason ?? null),
    };
    if (input.approve) patch.roles = _.addToSet('volunteer');
    const event = {
      itemType: 'user' as const,
      itemId: target._id,
      communityId: target.communityId,
      action: input.approve ? 'volunteer.approved' : 'volunteer.rejected',
      from: 'pending',
      to: status,
      actorOpenid: openid,
      actorLabel: '社区',
      note: input.approve ? null : (input.reason ?? null),
      recipients: [target._id],
    };
    await applyTransitionOrRefuse(
      { collection: USERS, item: target, guard: { _id: target._id, communityId: actor.communityId, 'volunteer.status': 'pending' }, changes: patch, event },
      'NO_PENDING_APPLICATION',
    );
    await sendSubscribeMessages([target._id], {
      title: '志愿者申请',
      status: input.approve ? '已通过' : '未通过',
      page: 'pages/mine/index',
    });
    const roles = input.approve && !target.roles.includes('volunteer') ? [...target.roles, 'volunteer' as const] : target.roles;
    return toUserSummary({ ...target, roles, volunteer: { ...target.volunteer, status } });
  },
});
